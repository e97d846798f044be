/**
 * Reads citation markers out of paragraph text.
 */
import type { Run } from '../../common/article.js';

// Innermost bracket pairs only, so "[[1]]" keeps its outer brackets as text.
const bracket = /\[([^[\]\n]*)\]/g;
const citeNumber = /^[0-9]+$/;
const citationNeededWords = new Set(['ต้องการอ้างอิง', 'citation needed']);

type Marker = Exclude<Run, { readonly text: string }>;

function markerOf(inner: string): Marker | undefined {
  if (citeNumber.test(inner)) return { cite: inner };
  const words = inner.trim().replace(/\s+/g, ' ').toLowerCase();
  return citationNeededWords.has(words) ? { citationNeeded: true } : undefined;
}

/** Splits a paragraph into text runs, `[3]` cites and "citation needed" marks; text runs are merged and never empty. */
export function parseRuns(text: string): Run[] {
  const runs: Run[] = [];
  let pending = '';
  let last = 0;
  for (const match of text.matchAll(bracket)) {
    const marker = markerOf(match[1] ?? '');
    if (marker === undefined) continue;
    pending += text.slice(last, match.index);
    if (pending !== '') runs.push({ text: pending });
    pending = '';
    runs.push(marker);
    last = match.index + match[0].length;
  }
  pending += text.slice(last);
  if (pending !== '') runs.push({ text: pending });
  return runs;
}

/** Whether a text holds a cite or a "citation needed" mark. */
export function hasCitationMarker(text: string): boolean {
  return parseRuns(text).some((run) => !('text' in run));
}
