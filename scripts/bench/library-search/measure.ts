/**
 * Times one engine over the query mix, in the child that opened it: open,
 * a warm-up on other queries, then rounds of the mix until enough time is
 * sampled; latency per query group, and the RSS while searching.
 */
import { latencyStats, type LatencyStats } from '../stats.js';
import type { OpenedEngine } from './engines/types.js';
import { queryGroups, type LibraryMix, type QueryGroup } from './queries.js';

export interface GroupFigures {
  readonly queries: number;
  /** Share of the group's queries with at least one section found. */
  readonly answered: number;
  readonly latencyMs: LatencyStats;
}

export interface SearchFigures {
  readonly openMs: number;
  /** The first query after open (a warm-up one): what a cold engine makes the first reader wait. */
  readonly firstQueryMs: number;
  readonly rssBeforeOpenBytes: number;
  readonly rssAfterOpenBytes: number;
  /** The highest RSS seen between queries. */
  readonly rssSearchingBytes: number;
  readonly rounds: number;
  readonly groups: Readonly<Record<QueryGroup, GroupFigures>>;
  readonly slowest: readonly { readonly group: QueryGroup; readonly text: string; readonly ms: number }[];
  /** Each query's answer in the first round (only for engines in library order, to compare with the scan's). */
  readonly answers?: readonly (readonly (number | string)[])[];
}

const warmupBudgetMs = 2_000;
/** Rounds of the mix until this much is sampled: fast engines get several, slow ones one. */
const samplingBudgetMs = 3_000;
const maxRounds = 5;
const slowestShown = 5;

function elapsedMs(start: number): number {
  return performance.now() - start;
}

// Needs --expose-gc; twice, because one full collection can leave what only the next one finds.
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

export async function measureSearches(
  open: () => OpenedEngine | Promise<OpenedEngine>,
  mix: LibraryMix,
  k: number,
  keepAnswers: boolean,
): Promise<SearchFigures> {
  collectGarbage();
  const rssBeforeOpenBytes = process.memoryUsage.rss();
  let start = performance.now();
  const engine = await open();
  const openMs = elapsedMs(start);
  const rssAfterOpenBytes = process.memoryUsage.rss();
  let rssSearchingBytes = rssAfterOpenBytes;

  let firstQueryMs = Number.NaN;
  start = performance.now();
  for (const [i, query] of mix.warmup.entries()) {
    const one = performance.now();
    engine.search(query.text, k);
    if (i === 0) firstQueryMs = elapsedMs(one);
    if (elapsedMs(start) > warmupBudgetMs) break;
  }

  const samples = new Map<QueryGroup, number[]>(queryGroups.map((group) => [group, []]));
  const answered = new Map<QueryGroup, number>(queryGroups.map((group) => [group, 0]));
  const firstRound: { group: QueryGroup; text: string; ms: number }[] = [];
  const answers: (readonly (number | string)[])[] = [];
  const sampling = performance.now();
  let rounds = 0;
  do {
    for (const query of mix.queries) {
      const one = performance.now();
      const found = engine.search(query.text, k);
      const ms = elapsedMs(one);
      samples.get(query.group)?.push(ms);
      rssSearchingBytes = Math.max(rssSearchingBytes, process.memoryUsage.rss());
      if (rounds === 0) {
        firstRound.push({ group: query.group, text: query.text, ms });
        if (found.length > 0) answered.set(query.group, (answered.get(query.group) ?? 0) + 1);
        if (keepAnswers) answers.push(found);
      }
    }
    rounds++;
  } while (rounds < maxRounds && elapsedMs(sampling) < samplingBudgetMs);

  const groups = Object.fromEntries(
    queryGroups.map((group) => {
      const count = mix.queries.filter((q) => q.group === group).length;
      const figures: GroupFigures = { queries: count, answered: count === 0 ? 0 : (answered.get(group) ?? 0) / count, latencyMs: latencyStats(samples.get(group) ?? []) };
      return [group, figures];
    }),
  ) as Record<QueryGroup, GroupFigures>;
  return {
    openMs,
    firstQueryMs,
    rssBeforeOpenBytes,
    rssAfterOpenBytes,
    rssSearchingBytes,
    rounds,
    groups,
    slowest: [...firstRound].sort((a, b) => b.ms - a.ms).slice(0, slowestShown),
    ...(keepAnswers ? { answers } : {}),
  };
}
