import { describe, expect, it } from 'vitest';
import { bruteForceTop, compareAnswers, sameAnswers } from '../../../scripts/bench/library-search/correctness.js';

const tiers = new Map([
  [1, 0],
  [2, 2],
  [3, 1],
  [4, 2],
  [5, 2],
]);
const tierOf = (rowid: number) => tiers.get(rowid) ?? 0;

describe('bruteForceTop', () => {
  it('ranks the first window by tier, higher first, then by rowid', () => {
    expect(bruteForceTop([1, 2, 3, 4, 5], tierOf, 5, 3)).toEqual([2, 4, 5]);
  });

  it('ranks only the matches inside the window', () => {
    expect(bruteForceTop([1, 2, 3, 4, 5], tierOf, 3, 3)).toEqual([2, 3, 1]);
  });
});

describe('compareAnswers', () => {
  const scan = { matches: [1, 2, 3], articles: 2 };
  const holds = (rowid: number) => rowid !== 9;

  it('finds nothing wrong when Aksorn answers what the scan does', () => {
    expect(compareAnswers({ top: [2, 3], total: 3, articles: 2, exact: true, counted: [2, 3, 1] }, scan, [2, 3], holds)).toEqual([]);
  });

  it('says which hit lacks a term', () => {
    expect(compareAnswers({ top: [2, 9], total: 3, articles: 2, exact: true }, scan, [2, 9], holds).map((p) => p.kind)).toEqual(['hit-lacks-term']);
  });

  it('compares exact counts and the sections counted', () => {
    const problems = compareAnswers({ top: [2], total: 2, articles: 2, exact: true, counted: [2, 4] }, scan, [2], holds);
    expect(problems.map((p) => p.kind)).toEqual(['count', 'counted-set']);
    expect(problems[1]?.detail).toBe('misses [1, 3], counts [4] the scan does not');
  });

  it('accepts "more than N" only when the scan finds more than N', () => {
    expect(compareAnswers({ top: [2], total: 2, articles: 1, exact: false }, scan, [2], holds)).toEqual([]);
    expect(compareAnswers({ top: [2], total: 3, articles: 1, exact: false }, scan, [2], holds).map((p) => p.kind)).toEqual(['more-than']);
  });

  it('wants the top k in the brute force order', () => {
    expect(compareAnswers({ top: [3, 2], total: 3, articles: 2, exact: true }, scan, [2, 3], holds).map((p) => p.kind)).toEqual(['top-k']);
  });
});

describe('sameAnswers', () => {
  it('counts the queries whose lists are equal, order included', () => {
    expect(sameAnswers([[1, 2], [3], []], [[1, 2], [4], []])).toEqual({ equal: 2, compared: 3 });
    expect(sameAnswers([[2, 1]], [[1, 2]])).toEqual({ equal: 0, compared: 1 });
  });
});
