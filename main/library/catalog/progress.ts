/** How far into an article the reader got, from the place kept for it (reading/readingPositions.ts). */
import { leadSectionId } from '../../../common/article.js';

/**
 * The share of the article before the reader's place, counting the lead and
 * each section as one part: (the part's index + how far into it) / parts.
 * `sectionOrd` is the section's place among the stored sections (the lead,
 * when the article has one, is stored first); a section the article no longer
 * has (a re-import renamed it) counts as the start.
 */
export function readProgress(
  position: { readonly sectionId: string; readonly progress: number },
  sectionOrd: number | null,
  hasLead: boolean,
  sectionCount: number,
): number {
  let part: number;
  let into = Math.min(Math.max(position.progress, 0), 1);
  if (position.sectionId === leadSectionId) part = 0;
  else if (sectionOrd === null) {
    part = 0;
    into = 0;
  } else part = hasLead ? sectionOrd : sectionOrd + 1;
  return Math.min(1, (part + into) / (sectionCount + 1));
}
