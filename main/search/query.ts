/**
 * Turns what the user typed into terms, and terms into a lunr query built
 * with `index.query()`: lunr's own query parser (`index.search`) throws on
 * ordinary input such as "a:b" or "foo^", so raw text never reaches it.
 */
import lunr from 'lunr';
import { fold } from '../../common/fold.js';
import { queryGrams, stem, wordTokens } from './tokens.js';

/** Longer input is cut: nobody types more, and each character costs lookups. */
export const maxQueryChars = 256;
export const maxQueryTerms = 16;

export interface QueryTerm {
  /** The folded term; separators inside it ("20,000", "a:b") are single spaces. */
  readonly text: string;
  /** What a section must contain: the text, or for one English word the stem it shares with its forms. */
  readonly needle: string;
  /** True when the needle is an English stem: a match runs on to the end of the word. */
  readonly stemmed: boolean;
  readonly words: readonly string[];
}

const latinWord = /^[a-z]+$/;

/** The terms of a query: whitespace separates them, all are required. */
export function parseQuery(raw: string): QueryTerm[] {
  const cut = Array.from(raw).slice(0, maxQueryChars).join('').normalize('NFC');
  const terms = new Map<string, QueryTerm>();
  for (const chunk of cut.split(/\s+/u)) {
    const text = fold(chunk);
    if (text === '' || terms.has(text)) continue;
    terms.set(text, makeTerm(text));
    if (terms.size === maxQueryTerms) break;
  }
  return [...terms.values()];
}

function makeTerm(text: string): QueryTerm {
  if (latinWord.test(text)) {
    // "operations" finds "operation": the needle is the part the word shares with its stem.
    const shared = commonPrefix(text, stem(text));
    if (shared.length >= 3 && shared.length < text.length) {
      return { text, needle: shared, stemmed: true, words: [stem(text)] };
    }
  }
  return { text, needle: text, stemmed: false, words: wordTokens(text) };
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Clause boosts: whole words over prefixes over grams, so word matches outrank infix-only ones. */
const boosts = { word: 10, prefix: 4, gram: 1 } as const;

/**
 * Fills a lunr query: every gram of every needle is required (in the grams
 * field), words and the prefix being typed are optional and only rank.
 */
export function buildLunrQuery(query: lunr.Query, terms: readonly QueryTerm[]): void {
  const required = lunr.Query.presence.REQUIRED;
  for (const term of terms) {
    for (const run of term.needle.split(' ')) {
      const { grams, prefix } = queryGrams(run);
      for (const gram of grams) {
        query.term(gram, {
          fields: ['grams'],
          presence: required,
          usePipeline: false,
          boost: boosts.gram,
          wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
        });
      }
    }
    for (const word of term.words) {
      query.term(word, { fields: ['heading', 'body'], usePipeline: false, boost: boosts.word });
    }
  }
  const typing = terms.at(-1)?.words.at(-1);
  if (typing !== undefined) {
    query.term(typing, {
      fields: ['heading', 'body'],
      usePipeline: false,
      boost: boosts.prefix,
      wildcard: lunr.Query.wildcard.TRAILING,
    });
  }
}
