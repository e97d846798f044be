/** Recall of the seed query set: the section that answers a query is hit 1, and always in the top 3. */
import { describe, expect, it } from 'vitest';
import { idsOf, sectionIdOf, seedSearch } from './corpus.js';
import { seedQueries } from './queries.js';

interface Outcome {
  readonly query: string;
  readonly expected: readonly string[];
  readonly top3: readonly string[];
  readonly at1: boolean;
  readonly at3: boolean;
}

const outcomes: Outcome[] = seedQueries.map(({ query, sections }) => {
  const expected = sections.map((heading) => sectionIdOf(heading));
  const top3 = idsOf(seedSearch.search(query, { limit: 3 }).hits);
  return {
    query,
    expected,
    top3,
    at1: top3[0] !== undefined && expected.includes(top3[0]),
    at3: top3.some((id) => expected.includes(id)),
  };
});

const share = (count: number) => count / outcomes.length;
const recallAt1 = share(outcomes.filter((outcome) => outcome.at1).length);
const recallAt3 = share(outcomes.filter((outcome) => outcome.at3).length);

function describeOutcome(outcome: Outcome): string {
  return `"${outcome.query}": expected ${outcome.expected.join(' | ')}, top 3 [${outcome.top3.join(', ')}]`;
}

describe('search recall on the seed article', () => {
  it('prints the figures', () => {
    const rows = outcomes.map((outcome) => ({
      query: outcome.query,
      expected: outcome.expected.join(' | '),
      'top 3': outcome.top3.join(', '),
      ok: outcome.at1 ? '@1' : outcome.at3 ? '@3' : 'MISS',
    }));
    console.log(
      [
        ...rows.map((row) => [row.ok.padEnd(5), row.query, '→', row.expected, '  top3:', row['top 3']].join(' ')),
        `queries ${outcomes.length}, recall@1 ${(recallAt1 * 100).toFixed(1)}%, recall@3 ${(recallAt3 * 100).toFixed(1)}%`,
      ].join('\n'),
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
  });

  it('has recall@1 of at least 95%', () => {
    const misses = outcomes.filter((outcome) => !outcome.at1).map(describeOutcome);
    expect(recallAt1, `not hit 1:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('has recall@3 of 100%', () => {
    const misses = outcomes.filter((outcome) => !outcome.at3).map(describeOutcome);
    expect(misses, `not in the top 3:\n${misses.join('\n')}`).toEqual([]);
    expect(recallAt3).toBe(1);
  });
});
