/**
 * End to end: a few queries through createSearchService (main's side of the
 * search worker: a message to the worker thread and its reply) against the
 * same queries on an engine in this thread, in one child. The difference is
 * what the worker round trip adds to a search.
 */
import { DatabaseSync } from 'node:sqlite';
import { createSearchEngine } from '../../../main/search/searchEngine.js';
import { createSearchService } from '../../../main/search/searchService.js';
import { latencyStats, type LatencyStats } from '../stats.js';
import type { LibraryMix } from './queries.js';

export interface ServiceFigures {
  readonly queries: number;
  /** The first search through the service: the worker starts (under tsx, which compiles its source) and opens the library. */
  readonly firstSearchMs: number;
  readonly directMs: LatencyStats;
  readonly serviceMs: LatencyStats;
  /** Per query, service minus direct. */
  readonly overheadMs: LatencyStats;
  /** Queries whose hits through the service differ from the direct ones (0 expected). */
  readonly differing: number;
}

/** Queries timed end to end: every n-th of the mix, about this many. */
const sampled = 30;

export async function measureService(dbFile: string, mix: LibraryMix, k: number): Promise<ServiceFigures> {
  const step = Math.max(1, Math.floor(mix.queries.length / sampled));
  const queries = mix.queries.filter((_, i) => i % step === 0).slice(0, sampled);
  const engine = createSearchEngine(new DatabaseSync(dbFile, { readOnly: true, timeout: 5000 }));
  const service = createSearchService({ dbFile });
  try {
    let started = performance.now();
    await service.search(mix.warmup[0]?.text ?? 'ไทย', { limit: k });
    const firstSearchMs = performance.now() - started;
    // Both sides warm on the same warm-up queries first.
    for (const query of mix.warmup) {
      engine.search(query.text, { limit: k });
      await service.search(query.text, { limit: k });
    }
    const direct: number[] = [];
    const through: number[] = [];
    let differing = 0;
    for (const query of queries) {
      started = performance.now();
      const mine = engine.search(query.text, { limit: k });
      direct.push(performance.now() - started);
      started = performance.now();
      const theirs = await service.search(query.text, { limit: k });
      through.push(performance.now() - started);
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) differing++;
    }
    return {
      queries: queries.length,
      firstSearchMs,
      directMs: latencyStats(direct),
      serviceMs: latencyStats(through),
      overheadMs: latencyStats(through.map((ms, i) => ms - (direct[i] as number))),
      differing,
    };
  } finally {
    await service.close();
  }
}
