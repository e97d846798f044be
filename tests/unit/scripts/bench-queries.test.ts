import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../scripts/bench/corpus.js';
import { queryMix, queryKindShares, type QueryKind } from '../../../scripts/bench/queries.js';
import { benchSections, sectionText } from '../../../scripts/bench/sections.js';
import { bundledArticles } from '../../../scripts/bench/bundled.js';

const library = generateLibrary(100, 1);
const mix = queryMix(library, 200);
const texts = new Map(benchSections(library).map((s) => [s.key, sectionText(s).normalize('NFC').toLowerCase()]));

describe('queryMix', { timeout: 30_000 }, () => {
  it('is the same for the same library', () => {
    expect(queryMix(library, 200)).toEqual(mix);
  });

  it('has the asked count and each kind in its share', () => {
    expect(mix).toHaveLength(200);
    for (const [kind, share] of Object.entries(queryKindShares) as [QueryKind, number][]) {
      expect(mix.filter((q) => q.kind === kind)).toHaveLength(Math.round(200 * share));
    }
  });

  it('draws every query from its target section, every term in its text', () => {
    for (const query of mix) {
      const text = texts.get(query.target);
      expect(text, query.target).toBeDefined();
      for (const term of query.text.split(' ')) expect(text).toContain(term);
    }
  });

  it('never starts a query term with a mark', () => {
    for (const query of mix) for (const term of query.text.split(' ')) expect(term).not.toMatch(/^\p{M}/u);
  });

  it('works on the bundled article', () => {
    expect(queryMix(bundledArticles(), 50)).toHaveLength(50);
  });
});
