import { describe, expect, it } from 'vitest';
import { fold } from '../../../common/fold.js';
import { parseQuery } from '../../../main/search/query.js';
import { generateLibrary } from '../../../scripts/bench/corpus.js';
import { parseEngineSpec } from '../../../scripts/bench/library-search/engines/registry.js';
import { libraryKey } from '../../../scripts/bench/library-search/libraries.js';
import { libraryMix, libraryQueries, queryGroup, titlePart, type QuerySource } from '../../../scripts/bench/library-search/queries.js';
import { mulberry32 } from '../../../scripts/bench/random.js';
import { benchSections, sectionText } from '../../../scripts/bench/sections.js';

const articles = generateLibrary(60, 3);
const source: QuerySource = {
  sections: benchSections(articles),
  titles: articles.map((a) => a.title),
  redirects: ['Bangkok Metropolis', 'กรุงเทพมหานคร', 'ราชอาณาจักรไทย'],
};
const queries = libraryQueries(source, 80, 5);
const folded = [...source.sections.map(sectionText), ...source.titles, ...source.redirects].map(fold);

describe('queryGroup', () => {
  it('groups by the longest folded term, and titles apart', () => {
    expect(queryGroup('infix', 'กรุง')).toBe('long');
    expect(queryGroup('multi-word', 'กร ก')).toBe('two');
    expect(queryGroup('number', '20,000')).toBe('long');
    expect(queryGroup('title', 'กร')).toBe('title');
  });

  it('leaves out queries of single characters, which search answers from titles only', () => {
    expect(queryGroup('number', '5')).toBeUndefined();
    expect(queryGroup('title', 'ก ข')).toBeUndefined();
  });
});

describe('libraryQueries', { timeout: 30_000 }, () => {
  it('is the same for the same source and seed', () => {
    expect(libraryQueries(source, 80, 5)).toEqual(queries);
  });

  it('adds a quarter as many 2-character and title queries to the mix', () => {
    const kinds = (...names: string[]) => queries.filter((q) => names.includes(q.kind)).length;
    expect(kinds('two-characters')).toBe(20);
    expect(kinds('title', 'redirect')).toBe(20);
    expect(kinds('redirect')).toBe(10);
    expect(queries.length).toBe(120);
  });

  it('gives every query the group of its terms, none of single characters', () => {
    for (const query of queries) expect(query.group).toBe(queryGroup(query.kind, query.text));
  });

  it('draws 2-character queries of exactly two folded characters, none starting with a mark', () => {
    for (const query of queries.filter((q) => q.kind === 'two-characters')) {
      expect(Array.from(fold(query.text))).toHaveLength(2);
      expect(query.text).not.toMatch(/^\p{M}/u);
    }
  });

  it('draws every query from the text it was given: each term is somewhere in it', () => {
    for (const query of queries) {
      for (const term of parseQuery(query.text)) expect(folded.some((text) => text.includes(term.needle)), query.text).toBe(true);
    }
  });

  it('warms up on other queries than it times', () => {
    const mix = libraryMix(source, 40, 5);
    expect(mix.warmup.length).toBeGreaterThan(0);
    expect(mix.warmup).not.toEqual(mix.queries.slice(0, mix.warmup.length));
  });
});

describe('titlePart', () => {
  it('answers the title, its start or a piece of it, never cut before a mark', () => {
    const random = mulberry32(9);
    const title = 'ปฏิบัติการต่อต้านการก่อการร้าย';
    for (let i = 0; i < 50; i++) {
      const part = titlePart(random, title) as string;
      expect(title).toContain(part);
      expect(part).not.toMatch(/^\p{M}/u);
      const end = title.indexOf(part) + part.length;
      expect(title.slice(end, end + 1)).not.toMatch(/^\p{M}/u);
    }
  });
});

describe('the engines and the cache', () => {
  it('reads engine names, with a ranking window for aksorn only', () => {
    expect(parseEngineSpec('aksorn')).toEqual({ name: 'aksorn', kind: 'aksorn' });
    expect(parseEngineSpec('aksorn:1000')).toEqual({ name: 'aksorn:1000', kind: 'aksorn', windowSize: 1000 });
    expect(() => parseEngineSpec('scan:5')).toThrow(/only aksorn takes a window/);
    expect(() => parseEngineSpec('lucene')).toThrow(/unknown engine "lucene"/);
  });

  it('names a cached library by size, seed and schema version', () => {
    expect(libraryKey(100_000, 1, 3)).toBe('th-100000-seed1-schema3');
  });
});
