/** Runs every corpus × engine, each phase in its own child, and collects what they report. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './args.js';
import { runChild } from './child.js';
import { corpusLabel, type CorpusSpec } from './corpora.js';
import type { BuildFigures, QueryFigures, RunResult } from './results.js';

/**
 * Default time a child phase may take: 60 s, plus 150 ms per generated article, at most
 * 240 s, so that a full run (three corpora × three engines) ends in about ten minutes
 * even when an engine cannot finish 10,000 articles.
 */
export function phaseTimeoutMs(spec: CorpusSpec, overrideSeconds: number | undefined): number {
  if (overrideSeconds !== undefined) return overrideSeconds * 1000;
  const count = spec.kind === 'article' ? 0 : spec.count;
  return Math.min(60_000 + count * 150, 240_000);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function runBench(options: BenchOptions, progress: (line: string) => void): RunResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'aksorn-bench-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  // Indexes of 10,000 articles are hundreds of MB: never leave them behind on Ctrl-C.
  const onInterrupt = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  const results: RunResult[] = [];
  try {
    for (const spec of options.sizes) {
      const corpus = corpusLabel(spec);
      const timeoutMs = phaseTimeoutMs(spec, options.timeoutSeconds);
      for (const engine of options.engines) {
        const request = { corpus, engine, seed: options.seed, indexFile: join(dir, `${corpus}-${engine}.json`), queries: options.queries, timeoutMs };
        let started = Date.now();
        const build = runChild<BuildFigures>({ ...request, phase: 'build' });
        progress(`${corpus} × ${engine}: build ${build.ok ? 'done' : `FAILED (${build.reason})`} in ${seconds(Date.now() - started)}`);
        if (!build.ok) {
          results.push({ corpus, engine, failure: { phase: 'build', reason: build.reason } });
          continue;
        }
        started = Date.now();
        const query = runChild<QueryFigures>({ ...request, phase: 'query' });
        progress(`${corpus} × ${engine}: load + queries ${query.ok ? 'done' : `FAILED (${query.reason})`} in ${seconds(Date.now() - started)}`);
        rmSync(request.indexFile, { force: true });
        results.push(
          query.ok
            ? { corpus, engine, build: build.value, query: query.value }
            : { corpus, engine, build: build.value, failure: { phase: 'query', reason: query.reason } },
        );
      }
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    cleanUp();
  }
  return results;
}
