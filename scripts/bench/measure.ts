/**
 * The two measurements a child makes, each in a fresh process: building (and
 * serializing) an index, then loading it and timing the query mix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Article } from '../../common/article.js';
import { loadCorpus, type CorpusSpec } from './corpora.js';
import type { BenchEngine, LoadedEngine } from './engines/types.js';
import { queryMix, type BenchQuery, type QueryKind } from './queries.js';
import type { BuildFigures, HitRate, QueryFigures } from './results.js';
import { benchSections } from './sections.js';
import { latencyStats } from './stats.js';

const warmupQueries = 20;
const warmupSeed = 99;
const warmupBudgetMs = 2_000;
/** Small corpora answer in microseconds: repeat the mix until this much time is sampled. */
const samplingBudgetMs = 1_000;
const maxRounds = 10;
/** The hit list asked for, as the app does (its default limit). */
const searchLimit = 20;
const hitRateDepth = 10;
const slowestShown = 5;

// Needs --expose-gc; without it the figures are noisier but still come. Twice, because
// one full collection can leave what only the next one finds unreachable.
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function measureBuild(engine: BenchEngine, spec: CorpusSpec, seed: number, indexFile: string): BuildFigures {
  let start = process.hrtime.bigint();
  const articles = loadCorpus(spec, seed);
  const corpusMs = elapsedMs(start);
  const sections = benchSections(articles).length;
  let figures = { buildMs: null as number | null, serializeMs: null as number | null, sizeBytes: null as number | null };
  if (engine.build && engine.serialize) {
    collectGarbage();
    start = process.hrtime.bigint();
    const index = engine.build(articles);
    const buildMs = elapsedMs(start);
    start = process.hrtime.bigint();
    const text = engine.serialize(index);
    const serializeMs = elapsedMs(start);
    writeFileSync(indexFile, text);
    figures = { buildMs, serializeMs, sizeBytes: Buffer.byteLength(text) };
  }
  return {
    articles: articles.length,
    sections,
    corpusMs,
    ...figures,
    buildPeakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

function rateOf(outcomes: readonly { readonly found: boolean; readonly answered: boolean }[]): HitRate {
  const n = outcomes.length;
  return {
    queries: n,
    top10: n === 0 ? 0 : outcomes.filter((o) => o.found).length / n,
    answered: n === 0 ? 0 : outcomes.filter((o) => o.answered).length / n,
  };
}

function runQueries(engine: LoadedEngine, queries: readonly BenchQuery[], warmup: readonly BenchQuery[]) {
  const warmStart = process.hrtime.bigint();
  for (const query of warmup) {
    engine.search(query.text, searchLimit);
    if (elapsedMs(warmStart) > warmupBudgetMs) break;
  }
  const samples: { kind: QueryKind; ms: number }[] = [];
  const outcomes: { kind: QueryKind; text: string; ms: number; found: boolean; answered: boolean }[] = [];
  const sampling = process.hrtime.bigint();
  let rounds = 0;
  do {
    for (const query of queries) {
      const start = process.hrtime.bigint();
      const result = engine.search(query.text, searchLimit);
      const ms = elapsedMs(start);
      samples.push({ kind: query.kind, ms });
      if (rounds === 0) {
        const keys = engine.keys(result);
        const found = keys.slice(0, hitRateDepth).includes(query.target);
        outcomes.push({ kind: query.kind, text: query.text, ms, found, answered: keys.length > 0 });
      }
    }
    rounds++;
  } while (rounds < maxRounds && elapsedMs(sampling) < samplingBudgetMs);
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const msOf = (kind?: QueryKind) => samples.filter((s) => kind === undefined || s.kind === kind).map((s) => s.ms);
  return {
    rounds,
    latencyMs: latencyStats(msOf()),
    hitRate: rateOf(outcomes),
    hitRateByKind: Object.fromEntries(kinds.map((kind) => [kind, rateOf(outcomes.filter((o) => o.kind === kind))])),
    latencyByKindMs: Object.fromEntries(kinds.map((kind) => [kind, latencyStats(msOf(kind))])),
    slowest: [...outcomes]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, slowestShown)
      .map(({ kind, text, ms }) => ({ kind, text, ms })),
  };
}

// Reads outside the timing: load is JSON.parse + set-up, as the app does once the file is
// in memory. The text goes out of scope on return, so the RSS after load is without it.
function load(engine: BenchEngine, articles: readonly Article[], indexFile: string): { loaded: LoadedEngine; loadMs: number } {
  const serialized = engine.build ? readFileSync(indexFile, 'utf8') : undefined;
  const start = process.hrtime.bigint();
  const loaded = engine.load(articles, serialized);
  return { loaded, loadMs: elapsedMs(start) };
}

export function measureQueries(
  engine: BenchEngine,
  spec: CorpusSpec,
  seed: number,
  indexFile: string,
  queryCount: number,
): QueryFigures {
  const articles = loadCorpus(spec, seed);
  const queries = queryMix(articles, queryCount);
  // Warm-up queries come from another seed, so the timed ones find no section already prepared.
  const warmup = queryMix(articles, warmupQueries, warmupSeed);
  collectGarbage();
  const before = process.memoryUsage();
  const { loaded, loadMs } = load(engine, articles, indexFile);
  collectGarbage();
  const after = process.memoryUsage();
  const figures = runQueries(loaded, queries, warmup);
  return {
    queries: queries.length,
    loadMs,
    rssBeforeLoadBytes: before.rss,
    rssAfterLoadBytes: after.rss,
    heapUsedDeltaBytes: after.heapUsed - before.heapUsed,
    rssAfterQueriesBytes: process.memoryUsage().rss,
    ...figures,
  };
}
