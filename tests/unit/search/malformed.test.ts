/** Any text is a valid query: odd input answers SearchResults and never throws; a real word inside it still finds its section. */
import { describe, expect, it } from 'vitest';
import type { ArticleHits } from '../../../main/search/search.js';
import { seedArticle } from '../../seed.js';
import { idsOf, sectionIdOf, seedSearch } from './corpus.js';

function expectResults(results: ArticleHits): void {
  expect(Array.isArray(results.hits)).toBe(true);
  expect(Number.isInteger(results.total)).toBe(true);
  expect(results.hits.length).toBeLessThanOrEqual(results.total);
}

/** Searches, and when that throws, says for which query. */
function searchNamingQuery(query: string): ArticleHits {
  try {
    return seedSearch.search(query, { limit: 20 });
  } catch (error) {
    throw new Error(`search(${JSON.stringify(query.slice(0, 40))}) threw: ${String(error)}`, { cause: error });
  }
}

const inputs: Readonly<Record<string, readonly string[]>> = {
  'lunr operators': ['a:b', 'foo^', '+', '-', '*', '~', 'foo~2', 'title:x', '+a -b', '^', ':', 'foo^10', 'heading:ลาฟรอฟ', '*ฟรอ*', 'grams:ลาฟ', '-+*~^:'],
  punctuation: ['.', ',', '!?', '...', '"', "'", '()', '[1]', '[ต้องการอ้างอิง]', '—–-', '«»', '“”', '\\', '/', '%', '#@$&', '๏ ฯ ๚ ๛'],
  emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇹🇭', '🇷🇺🇮🇳', 'ลาฟรอฟ🙂', '🙂ลาฟรอฟ'],
  whitespace: [' ', '   ', '\t', '\n', '\r\n', '\t \n ', '\u00a0', '\u3000', '\u2028', '\u200b', '\u200b\u200b\ufeff'],
  empty: [''],
  'lone surrogates': ['\ud800', '\udc00', 'a\ud800b', 'ลา\udfffฟ', '\udc00\ud800'],
  'control characters': ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', 'ลาฟ\u0000รอฟ', '\u0001\u0002\u0003'],
  'right-to-left text': ['مرحبا', 'שלום', '\u202eลาฟรอฟ', '\u200fabc\u200e', 'روسيا 2007'],
  'long input': ['ก'.repeat(10_000), 'ลาฟรอฟ'.repeat(1_700), 'a'.repeat(10_000), 'lorem ipsum '.repeat(900), 'ก '.repeat(5_000)],
  'repeated terms': ['ลาฟรอฟ '.repeat(1_000), 'a '.repeat(1_000), Array.from({ length: 1_000 }, (_, i) => `t${i}`).join(' ')],
  'numbers with separators': ['20,000', '9/11', '1.5', '1,000,000', '-1', '+1', '1e10', '0x1F', '๒๐๐๗', '2007-02-14'],
  'odd unicode': ['\uffff', '\ufffd', '𝕬𝖐𝖘𝖔𝖗𝖓', 'ﬁ', 'Ⅻ', 'ǅ', 'İ', 'ß', '\u0301', '\u0e48', '่่่่', 'ก\u0301'],
};

describe('malformed queries', () => {
  for (const [kind, queries] of Object.entries(inputs)) {
    it(`answers SearchResults for ${kind}`, () => {
      for (const query of queries) expectResults(searchNamingQuery(query));
    });
  }

  it('finds nothing for input with no letters or digits', () => {
    const letterless = /^[^\p{L}\p{N}]*$/u;
    const queries = Object.values(inputs).flat().filter((query) => letterless.test(query) && !/\p{M}/u.test(query));
    expect(queries.length).toBeGreaterThan(40);
    for (const query of queries) {
      expect(seedSearch.search(query), JSON.stringify(query)).toEqual({ hits: [], total: 0 });
    }
  });

  it('answers odd limits without throwing', () => {
    for (const limit of [0, -1, 0.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => expectResults(seedSearch.search('รัสเซีย', { limit })), String(limit)).not.toThrow();
    }
  });

  const afghanistan = sectionIdOf(seedArticle.headings[1]);
  it.each([
    'ลาฟรอฟ^',
    '+ลาฟรอฟ',
    '-ลาฟรอฟ',
    'ลาฟรอฟ*',
    'ลาฟรอฟ~',
    ':ลาฟรอฟ',
    '"ลาฟรอฟ"',
    '(ลาฟรอฟ)',
    'ลาฟรอฟ?!',
    '«ลาฟรอฟ»',
    ' \tลาฟรอฟ\n',
    'ลาฟรอฟ🙂',
    '\u200bลาฟรอฟ\u200b',
    '+ลาฟรอฟ +2004',
    'ลาฟรอฟ^ ลาฟรอฟ~ ลาฟรอฟ*',
  ])('finds the section of the real word in %j', (query) => {
    expect(idsOf(seedSearch.search(query).hits)[0]).toBe(afghanistan);
  });

  it('still finds a word repeated 1,000 times, or into a 10,000-character query', () => {
    // Only the start of a long query is used; what is kept must still work.
    const long = 'ลาฟรอฟ '.repeat(1_500);
    expect(long.length).toBeGreaterThan(10_000);
    for (const query of ['ลาฟรอฟ '.repeat(1_000), long]) {
      expect(idsOf(seedSearch.search(query).hits)).toEqual([afghanistan]);
    }
  });

  it.each([
    ['20,000', 4],
    ['9/11', 2],
  ] as const)('finds the number %s', (query, headingIndex) => {
    expect(idsOf(seedSearch.search(query).hits)).toEqual([sectionIdOf(seedArticle.headings[headingIndex])]);
  });
});
