/**
 * Private-use characters that carry through wtf_wikipedia what its plain text
 * loses. They are written into the wikitext before wtf parses it (prepare.ts)
 * and read back out of its text (runs.ts):
 * - where each <ref> was, and its number (wtf removes refs without a trace);
 * - a citation-needed template (wtf drops templates it does not render);
 * - a list item's kind and depth (wtf keeps neither, and moves lists out of
 *   the paragraph they sat in);
 * - where each [[link]] starts, so a link's text is found at its own place in
 *   the sentence and not at an earlier occurrence of the same word;
 * - a line's end, and a section that must stay (see below).
 * The wikitext's own private-use characters are removed first, so every one
 * wtf hands back is ours.
 */
import type { ListItem } from '../../../common/article.js';
import { maxListDepth } from '../../../common/article.js';

export const citationNeededMark = '\uE000';
/** Put after each heading: wtf drops a "References" section it finds empty, and the article keeps its headings. */
export const keepSectionMark = '\uE001';
/**
 * Ends every text line, with a full stop: wtf splits sentences with a lazy
 * regex that is quadratic on a line without . ! or ? (most Thai lines), and the
 * stop bounds it by the line. Both characters are removed from the text.
 */
export const lineEndMark = '\uE002.';
export const linkStartMark = '\uE003';

const itemBase = 0xe010;
const citeBase = 0xe100;
const lastPrivateUse = 0xf8ff;

/** Cite labels one page can carry; refs past this many distinct labels lose their marker. */
export const maxCiteMarks = lastPrivateUse - citeBase + 1;

/** The Basic Multilingual Plane's private-use area, which holds every mark. */
export const privateUse = /[\uE000-\uF8FF]/g;

export function itemMark(item: ListItem): string {
  return String.fromCharCode(itemBase + (item.ordered ? maxListDepth : 0) + item.depth - 1);
}

export function citeMark(index: number): string {
  return String.fromCharCode(citeBase + index);
}

export type Mark =
  | { readonly kind: 'cite'; readonly index: number }
  | { readonly kind: 'citationNeeded' }
  | { readonly kind: 'item'; readonly item: ListItem }
  | { readonly kind: 'lineEnd' }
  /** Marks that only had to survive the parse: section keepers and link starts left behind. */
  | { readonly kind: 'none' };

/** What the private-use character `code` says. */
export function markOf(code: number): Mark {
  if (code >= citeBase) return { kind: 'cite', index: code - citeBase };
  if (code >= itemBase && code < itemBase + 2 * maxListDepth) {
    const n = code - itemBase;
    return { kind: 'item', item: { ordered: n >= maxListDepth, depth: (n % maxListDepth) + 1 } };
  }
  if (code === citationNeededMark.charCodeAt(0)) return { kind: 'citationNeeded' };
  if (code === lineEndMark.charCodeAt(0)) return { kind: 'lineEnd' };
  return { kind: 'none' };
}
