/**
 * The tokens Aksorn indexes and queries, from folded text (see fold.ts).
 * Index and query use these same functions, so they always agree.
 */
import lunr from 'lunr';

// ICU's dictionary segmenter (in Node and in Chromium alike) finds Thai words,
// which are written without spaces between them. Its word boundaries change
// between ICU versions, and the index is built by Node but queried by
// Electron's: so words only rank, and recall rests on character grams, which
// every version cuts the same way.
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const latinWord = /^[a-z]+$/;

/** Words of folded text; Latin words stemmed (English), Thai and numbers kept as they are. */
export function wordTokens(folded: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(folded)) {
    if (segment.isWordLike) words.push(stem(segment.segment));
  }
  return words;
}

/** The English stem of a Latin word; any other word unchanged. No stop words: Thai has none to drop here. */
export function stem(word: string): string {
  return latinWord.test(word) ? String(lunr.stemmer(new lunr.Token(word, {}))) : word;
}

/** Gram length. Measured on the seed article: 3-grams give every substring a hit; 2-grams match too much, 4-grams miss 3-letter words. */
export const gramLength = 3;

/**
 * Character grams of each run of folded text: at every position the next
 * `gramLength` characters, shorter at a run's end. Then any substring of a
 * run is either a prefix of one gram (up to `gramLength` characters) or a
 * chain of whole grams, so every substring can be looked up exactly.
 */
export function gramTokens(folded: string): string[] {
  const grams: string[] = [];
  for (const run of folded.split(' ')) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) grams.push(chars.slice(i, i + gramLength).join(''));
  }
  return grams;
}

/** The grams a query run needs: all of its whole grams, or itself (as a prefix) when shorter. */
export function queryGrams(run: string): { readonly grams: readonly string[]; readonly prefix: boolean } {
  const chars = Array.from(run);
  if (chars.length <= gramLength) return { grams: [run], prefix: chars.length < gramLength };
  const grams: string[] = [];
  for (let i = 0; i + gramLength <= chars.length; i++) grams.push(chars.slice(i, i + gramLength).join(''));
  return { grams, prefix: false };
}
