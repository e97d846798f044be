/**
 * Which ranking tier a section is in for a query, from its folded text: every
 * query word a word of the heading, then every one a word anywhere, then
 * infix matches only — the tiers of the one-article search (search.ts).
 *
 * Words are ICU's (tokens.ts). Only the space-separated run around each
 * occurrence is segmented: ICU never joins words across a space, and a
 * section's whole text would cost a hundred times more.
 */
import { stem } from '../tokens.js';

export const tier = { heading: 2, words: 1, infix: 0 } as const;
export type Tier = (typeof tier)[keyof typeof tier];

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const latinWord = /^[a-z]+$/;

export interface QueryWords {
  /** Every word of every term (stemmed where English), as tokens.ts makes them. */
  readonly words: readonly string[];
  /** The word being typed: it may be the start of a longer word. */
  readonly typing: string | undefined;
}

export interface FoldedSection {
  readonly heading: string;
  /** The paragraphs, one per line. */
  readonly body: string;
}

export function tierOf(section: FoldedSection, query: QueryWords): Tier {
  if (query.words.length === 0) return tier.infix;
  if (inHeadingTier(section.heading, query)) return tier.heading;
  const anywhere = (word: string) => hasWord(section.heading, word, word === query.typing) || hasWord(section.body, word, word === query.typing);
  return checkOrder(query).every(anywhere) ? tier.words : tier.infix;
}

/** Whether every word of the query is a word of the (folded) heading; a query without words has none there. */
export function inHeadingTier(heading: string, query: QueryWords): boolean {
  return query.words.length > 0 && checkOrder(query).every((word) => hasWord(heading, word, word === query.typing));
}

// Long words first and the word being typed last: a check stops at the first word that is not
// one, and a short fragment ("ร" of "รปฏิบ") occurs so often that checking it costs the most.
function checkOrder({ words, typing }: QueryWords): string[] {
  return [...words].sort((a, b) => Number(a === typing) - Number(b === typing) || b.length - a.length);
}

// A Thai word does not begin with a following vowel or mark, nor end with a leading vowel: fragments
// of a query such as "าร" of "ารกับ" are not looked for where Thai letters surround them, which spares
// the segmenter most of its work on infix queries. (On the generated corpus ICU breaks against these
// rules at 0.2% of its words.)
const neverBegins = /^[\u0e30-\u0e3a\u0e45-\u0e4e]/;
const neverEnds = /[\u0e40-\u0e44]$/;
const thaiLetter = /[\u0e01-\u0e4e]/;

/** Characters of context ICU sees on each side of an occurrence: enough for the dictionary to place the boundaries there. */
const context = 12;
/** Occurrences looked at in one text: a fragment such as "ร" occurs dozens of times and is a word at none. */
const maxOccurrences = 8;

/**
 * Whether `word` is one of the text's words (or, `asPrefix`, the start of
 * one). Only a little context around each occurrence is segmented, within
 * its space-separated run: a whole run can be hundreds of characters, and
 * segmenting each candidate's text cost 200 ms per thousand sections. A word
 * is not looked for past its first `maxOccurrences` occurrences in a text.
 */
export function hasWord(text: string, word: string, asPrefix: boolean): boolean {
  // An English stem need not be in the text ("happi" of "happy"): look for its start, then compare stems.
  const locator = latinWord.test(word) ? word.slice(0, 3) : word;
  const withinThai = (at: number) =>
    (neverBegins.test(word) && thaiLetter.test(text[at - 1] ?? '')) || (!asPrefix && neverEnds.test(word) && thaiLetter.test(text[at + word.length] ?? ''));
  let looked = 0;
  for (let at = text.indexOf(locator); at !== -1 && looked < maxOccurrences; at = text.indexOf(locator, at + 1)) {
    if (withinThai(at)) continue;
    looked++;
    const from = Math.max(at - context, 0);
    const to = Math.min(at + word.length + context, text.length);
    // The run the occurrence is in: spaces and line breaks end words in every ICU.
    const around = text.slice(from, to);
    const runStart = Math.max(around.lastIndexOf(' ', at - from), around.lastIndexOf('\n', at - from)) + 1;
    const ends = [around.indexOf(' ', at - from), around.indexOf('\n', at - from)].filter((end) => end !== -1);
    const run = around.slice(runStart, ends.length > 0 ? Math.min(...ends) : around.length);
    for (const { segment, index } of segmenter.segment(run)) {
      if (index > at - from - runStart) break;
      if (index < at - from - runStart) continue;
      const token = stem(segment);
      if (token === word || (asPrefix && (token.startsWith(word) || segment.startsWith(word)))) return true;
    }
  }
  return false;
}
