/**
 * Aksorn's answers against the brute force of a scan: every hit holds every
 * term; when the count is exact, the sections counted are the scan's; when it
 * says "more than N", the scan finds more than N; and the top k are the first
 * window of the scan's matches ranked by (tier desc, rowid asc).
 */

export interface AksornAnswer {
  /** The hits' section rowids, best first. */
  readonly top: readonly number[];
  readonly total: number;
  readonly articles: number;
  readonly exact: boolean;
  /** The sections it ranked, all of them when `exact` (undefined when not asked). */
  readonly counted?: readonly number[];
}

export interface ScanAnswer {
  /** Every section holding every term, in library order. */
  readonly matches: readonly number[];
  /** The distinct articles of those sections. */
  readonly articles: number;
}

/** Which way a query went wrong; one query may go wrong several ways. */
export type ProblemKind = 'hit-lacks-term' | 'count' | 'counted-set' | 'more-than' | 'top-k';

export interface Problem {
  readonly kind: ProblemKind;
  readonly detail: string;
}

/** The first `k` of the first `windowSize` matches, ranked by tier (higher first), then library order. */
export function bruteForceTop(matches: readonly number[], tierOf: (rowid: number) => number, windowSize: number, k: number): number[] {
  return matches
    .slice(0, windowSize)
    .map((rowid) => ({ rowid, tier: tierOf(rowid) }))
    .sort((a, b) => b.tier - a.tier || a.rowid - b.rowid)
    .slice(0, k)
    .map((match) => match.rowid);
}

function shortList(rowids: readonly number[]): string {
  return rowids.length <= 6 ? `[${rowids.join(', ')}]` : `[${rowids.slice(0, 6).join(', ')}, … ${rowids.length} in all]`;
}

/** What differs between Aksorn's answer and the scan's, nothing when they agree. */
export function compareAnswers(aksorn: AksornAnswer, scan: ScanAnswer, expectedTop: readonly number[], holdsEveryTerm: (rowid: number) => boolean): Problem[] {
  const problems: Problem[] = [];
  const lacking = aksorn.top.filter((rowid) => !holdsEveryTerm(rowid));
  if (lacking.length > 0) problems.push({ kind: 'hit-lacks-term', detail: `hits ${shortList(lacking)} lack a term` });
  if (aksorn.exact) {
    if (aksorn.total !== scan.matches.length || aksorn.articles !== scan.articles) {
      problems.push({ kind: 'count', detail: `counts ${aksorn.total} sections in ${aksorn.articles} articles, the scan ${scan.matches.length} in ${scan.articles}` });
    }
    if (aksorn.counted !== undefined) {
      const counted = new Set(aksorn.counted);
      const missing = scan.matches.filter((rowid) => !counted.has(rowid));
      const matched = new Set(scan.matches);
      const extra = aksorn.counted.filter((rowid) => !matched.has(rowid));
      if (missing.length > 0 || extra.length > 0) {
        problems.push({ kind: 'counted-set', detail: `misses ${shortList(missing)}, counts ${shortList(extra)} the scan does not` });
      }
    }
  } else if (scan.matches.length <= aksorn.total) {
    problems.push({ kind: 'more-than', detail: `says more than ${aksorn.total}, the scan finds ${scan.matches.length}` });
  }
  if (aksorn.top.length !== expectedTop.length || aksorn.top.some((rowid, i) => rowid !== expectedTop[i])) {
    problems.push({ kind: 'top-k', detail: `top ${shortList(aksorn.top)}, brute force ${shortList(expectedTop)}` });
  }
  return problems;
}

/** Queries whose answers are the same lists as the scan's (for engines that answer in library order, as it does). */
export function sameAnswers(
  mine: readonly (readonly (number | string)[])[],
  scan: readonly (readonly (number | string)[])[],
): { readonly equal: number; readonly compared: number } {
  const compared = Math.min(mine.length, scan.length);
  let equal = 0;
  for (let i = 0; i < compared; i++) {
    const a = mine[i] as readonly (number | string)[];
    const b = scan[i] as readonly (number | string)[];
    if (a.length === b.length && a.every((id, j) => id === b[j])) equal++;
  }
  return { equal, compared };
}
