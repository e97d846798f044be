/** The performance targets, per corpus, and how a result fares against them. */
import type { RunResult } from './results.js';

export type TargetMetric = 'p95' | 'load' | 'rss';

export interface Target {
  readonly metric: TargetMetric;
  /** ms for p95 and load, MB (10^6 bytes) for RSS. */
  readonly limit: number;
}

const targetsByCorpus: Readonly<Record<string, readonly Target[]>> = {
  article: [{ metric: 'p95', limit: 1 }],
  '1000': [{ metric: 'p95', limit: 20 }],
  '10000': [
    { metric: 'p95', limit: 50 },
    { metric: 'load', limit: 1500 },
    { metric: 'rss', limit: 500 },
  ],
};

export function targetsFor(corpus: string): readonly Target[] {
  return targetsByCorpus[corpus] ?? [];
}

export const megabyte = 1e6;

/** The measured value a target is checked against; RSS is the absolute RSS after load (what the process holds). */
export function targetValue(result: RunResult, metric: TargetMetric): number | undefined {
  const query = result.query;
  if (!query) return undefined;
  switch (metric) {
    case 'p95':
      return query.latencyMs.p95;
    case 'load':
      return query.loadMs;
    case 'rss':
      return query.rssAfterLoadBytes / megabyte;
  }
}

export interface TargetCheck extends Target {
  readonly value: number | undefined;
  /** False when missed or not measured (a failed run misses every target). */
  readonly pass: boolean;
}

export function checkTargets(result: RunResult): TargetCheck[] {
  return targetsFor(result.corpus).map((target) => {
    const value = targetValue(result, target.metric);
    return { ...target, value, pass: value !== undefined && value <= target.limit };
  });
}
