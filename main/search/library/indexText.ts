/**
 * What the library's search index holds of each section, and of each title.
 * Written by the importer's worker and read by the search worker: both call
 * these, so the index and the queries always agree.
 *
 * - section_grams (FTS5 trigram): the folded heading and text; finds terms of
 *   3+ characters, spaces included ("ค ศ" is a trigram of "ค.ศ.").
 * - section_pairs (FTS5, plain tokens): each distinct pair of adjacent
 *   characters, as an ASCII token; finds 2-character terms, which the trigram
 *   tokenizer cannot (it matches nothing shorter than 3 characters).
 */
import type { SectionText } from '../../library/body.js';
import { fold } from '../../../common/fold.js';

/** What section_grams holds of a section: its heading and text, folded as queries are. */
export function sectionGramText({ heading, text }: SectionText): string {
  return `${fold(heading)}\n${fold(text)}`;
}

/** A code point as 4 base-36 digits (36⁴ > 0x10FFFF), so every pair is one 8-character token. */
function codePointToken(codePoint: number): string {
  return codePoint.toString(36).padStart(4, '0');
}

/** The token of a 2-character term (two code points). */
export function pairToken(pair: string): string {
  return Array.from(pair, (char) => codePointToken(char.codePointAt(0) as number)).join('');
}

/**
 * The distinct pairs of adjacent characters of folded text, as tokens
 * separated by spaces. Pairs with a space or line break are left out: a
 * folded term has no space at either end, so a 2-character term never holds one.
 */
export function pairTokens(foldedText: string): string {
  const tokens = new Set<string>();
  let previous = '';
  for (const char of foldedText) {
    if (char === ' ' || char === '\n') previous = '';
    else {
      const token = codePointToken(char.codePointAt(0) as number);
      if (previous !== '') tokens.add(previous + token);
      previous = token;
    }
  }
  return [...tokens].join(' ');
}
