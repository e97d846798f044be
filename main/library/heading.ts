/**
 * Recognizes section headings in a text export, where each heading line ends in its edit link.
 */
import { withoutBidiControls } from './bidi.js';
import { hasCitationMarker } from './runs.js';

/**
 * A heading line ends in an edit-link word: แก้, แก้ไข or edit (any case), bare or in brackets.
 * The bare word must follow whitespace, so prose ending in a word that merely ends in
 * those letters ("…ค่าแก้") is not a heading; the bracketed form may be glued ("History[edit]")
 * because the brackets already delimit it. The regex runs on a trimmed line, so `$` is its end.
 */
const editLink = /^(.*?)(?:\s+(แก้ไข|แก้|edit)|\s*\[\s*(แก้ไข|แก้|edit)\s*\])$/iu;

/** Longer than this, a line ending in "แก้" is a sentence, not a heading. */
export const maxHeadingLength = 200;

/** The edit-link word of a heading line ("แก้", "edit"…), which says the wiki's language. */
export function editWordOf(line: string): string | undefined {
  const match = editLink.exec(line);
  return match?.[2] ?? match?.[3];
}

/**
 * Answers the heading text of a trimmed line, or undefined when the line is a paragraph.
 * Besides the edit link, a heading has non-empty text of at most `maxHeadingLength`
 * characters and no citation marker (headings are never cited; sentences are).
 * It is answered without bidi controls (see bidi.ts).
 */
export function matchHeading(line: string): string | undefined {
  const match = editLink.exec(line);
  if (match === null) return undefined;
  const heading = withoutBidiControls(match[1] ?? '').trim();
  if (heading === '' || [...heading].length > maxHeadingLength) return undefined;
  if (hasCitationMarker(heading)) return undefined;
  return heading;
}

const referenceHeadings = new Set(['อ้างอิง', 'แหล่งอ้างอิง', 'เชิงอรรถ', 'references', 'notes', 'footnotes']);

/** Whether a heading names the references (or notes) list. */
export function isReferencesHeading(heading: string): boolean {
  return referenceHeadings.has(heading.trim().toLowerCase());
}
