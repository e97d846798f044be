/** Finding a term's occurrences in a section's text, in original offsets, and the excerpt around one. */
import type { Excerpt, TextMatch } from '../../common/search.js';
import type { FoldedText } from '../../common/fold.js';
import type { QueryTerm } from './query.js';

/** Where each needle occurs in one folded text, as [start, end) in the original; overlaps merged. */
export function findInText(folded: FoldedText, terms: readonly QueryTerm[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.text.indexOf(term.needle); at !== -1; at = folded.text.indexOf(term.needle, at + 1)) {
      let last = at + term.needle.length - 1;
      // An English stem match covers the rest of its word ("oper" → "operations").
      if (term.stemmed) while (/[a-z]/.test(folded.text[last + 1] ?? '')) last++;
      ranges.push([folded.start[at] ?? 0, folded.end[last] ?? 0]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function toTextMatches(paragraph: number | null, ranges: readonly [number, number][]): TextMatch[] {
  return ranges.map(([start, end]) => ({ paragraph, start, end }));
}

const excerptBefore = 40;
const excerptAfter = 90;

/** The match with some text around it, cut at spaces where one is near, marked "…" where cut. */
export function excerptAround(text: string, start: number, end: number): Excerpt {
  let from = Math.max(0, start - excerptBefore);
  let to = Math.min(text.length, end + excerptAfter);
  const space = text.indexOf(' ', from);
  if (from > 0 && space !== -1 && space < start) from = space + 1;
  const lastSpace = text.lastIndexOf(' ', to);
  if (to < text.length && lastSpace > end) to = lastSpace;
  return {
    pre: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    post: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
