/** What the children report and the parent collects: the figures of one corpus × engine. */
import type { QueryKind } from './queries.js';
import type { LatencyStats } from './stats.js';

/** The build child's answer. */
export interface BuildFigures {
  readonly articles: number;
  readonly sections: number;
  readonly corpusMs: number;
  /** Null for an engine without an index. */
  readonly buildMs: number | null;
  readonly serializeMs: number | null;
  /** UTF-8 bytes of the serialized index, null without one. */
  readonly sizeBytes: number | null;
  /** The build child's peak RSS (corpus + build + serialize). */
  readonly buildPeakRssBytes: number;
}

export interface HitRate {
  readonly queries: number;
  /** Share of queries whose target section is in the top 10. */
  readonly top10: number;
  /** Share of queries with at least one hit. */
  readonly answered: number;
}

/** The query child's answer. */
export interface QueryFigures {
  readonly queries: number;
  readonly loadMs: number;
  readonly rssBeforeLoadBytes: number;
  readonly rssAfterLoadBytes: number;
  readonly heapUsedDeltaBytes: number;
  readonly rssAfterQueriesBytes: number;
  readonly rounds: number;
  readonly latencyMs: LatencyStats;
  readonly hitRate: HitRate;
  readonly hitRateByKind: Readonly<Partial<Record<QueryKind, HitRate>>>;
  readonly latencyByKindMs: Readonly<Partial<Record<QueryKind, LatencyStats>>>;
  /** The slowest queries of the first timed round, slowest first. */
  readonly slowest: readonly { readonly kind: QueryKind; readonly text: string; readonly ms: number }[];
}

export type Phase = 'build' | 'query';

export interface RunResult {
  readonly corpus: string;
  readonly engine: string;
  readonly build?: BuildFigures;
  readonly query?: QueryFigures;
  /** Set when a child died or failed; the figures gathered before it stay. */
  readonly failure?: { readonly phase: Phase; readonly reason: string };
}

/** The line prefix under which a child prints its JSON answer on stdout. */
export const resultMarker = 'BENCH-RESULT ';
