/**
 * The library part of `npm run bench`: for each size, the cached library
 * (imported when missing), its query mix, then each engine in fresh
 * children — FlexSearch within a time and heap cap — and Aksorn's
 * correctness, worker round trip and the cost of adding an article.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ChildOutcome } from '../child.js';
import type { AddFigures } from './addArticle.js';
import { runPhase, type Caps } from './child.js';
import { sameAnswers } from './correctness.js';
import type { CopyBuildFigures } from './copyBuild.js';
import type { EngineSpec } from './engines/registry.js';
import type { EngineFiles } from './engines/types.js';
import { ensureLibrary, importRecord } from './libraries.js';
import type { SearchFigures } from './measure.js';
import { libraryMix, queryGroups, type QueryGroup } from './queries.js';
import { readQuerySource } from './sample.js';
import type { ServiceFigures } from './service.js';
import { copySizes, librarySizes, type LibrarySizes } from './sizes.js';
import type { WindowVerdict } from './verify.js';

export interface LibraryBenchOptions {
  readonly sizes: readonly number[];
  readonly engines: readonly EngineSpec[];
  /** The dumps' seed (and so the libraries'). */
  readonly seed: number;
  readonly querySeed: number;
  /** Queries of the one-article bench's kinds; a quarter as many 2-character and title ones come on top. */
  readonly queries: number;
  readonly k: number;
  readonly cacheDir: string;
  readonly dumpsDir: string;
  readonly caps: Caps;
  readonly flexsearchCaps: Caps;
}

export interface Failure {
  readonly phase: string;
  readonly reason: string;
}

export interface EngineResult {
  readonly engine: EngineSpec;
  readonly search?: SearchFigures;
  /** The index the engine searches, on disk (none for the scan). */
  readonly indexBytes?: number;
  /** What it keeps besides the index: the FTS5 engine's folded copy of the text. */
  readonly copyBytes?: number;
  /** How its index was made, when this run made it (FlexSearch always; the FTS5 copy when not cached). */
  readonly build?: { readonly ms: number; readonly cached: boolean };
  /** For engines in library order: queries whose first k are the scan's. */
  readonly sameAsScan?: { readonly equal: number; readonly compared: number };
  readonly failure?: Failure;
}

export interface SizeResult {
  readonly size: number;
  readonly library: LibrarySizes;
  /** Seconds `aksorn import` took; cached: it was imported by an earlier run. */
  readonly importSeconds: number;
  readonly cached: boolean;
  readonly queries: Readonly<Record<QueryGroup, number>>;
  readonly engines: readonly EngineResult[];
  readonly verify?: ChildOutcome<readonly WindowVerdict[]>;
  readonly service?: ChildOutcome<ServiceFigures>;
  readonly add?: ChildOutcome<AddFigures>;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The answers were for the comparison only: the report leaves them out. */
function withoutAnswers(result: EngineResult): EngineResult {
  if (!result.search?.answers) return result;
  const { answers: _answers, ...search } = result.search;
  return { ...result, search };
}

async function runSize(size: number, options: LibraryBenchOptions, work: string, log: (line: string) => void): Promise<SizeResult> {
  const { place, importSeconds } = await ensureLibrary({ cacheDir: options.cacheDir, dumpsDir: options.dumpsDir, size, seed: options.seed }, log);
  const library = librarySizes(place.dbFile);
  const db = new DatabaseSync(place.dbFile, { readOnly: true });
  const mix = libraryMix(readQuerySource(db, options.querySeed), options.queries, options.querySeed);
  db.close();
  const mixFile = join(work, `mix-${size}.json`);
  writeFileSync(mixFile, JSON.stringify(mix));
  const files: EngineFiles = { dbFile: place.dbFile, copyFile: join(place.dir, 'fts5-copy.db'), flexFile: join(work, `flexsearch-${size}.jsonl`) };
  const label = size.toLocaleString('en');
  const results: EngineResult[] = [];

  for (const engine of options.engines) {
    const tag = `${label} × ${engine.name}`;
    let extra: Partial<EngineResult> = {};
    const caps = engine.kind === 'flexsearch' ? options.flexsearchCaps : options.caps;
    if (engine.kind === 'flexsearch') {
      const started = Date.now();
      const build = runPhase({ phase: 'flexsearch-build', dbFile: place.dbFile, flexFile: files.flexFile }, caps);
      log(`${tag}: build ${build.ok ? 'done' : `FAILED (${build.reason})`} in ${seconds(Date.now() - started)}`);
      if (!build.ok) {
        rmSync(files.flexFile, { force: true });
        results.push({ engine, failure: { phase: 'build', reason: build.reason } });
        continue;
      }
      extra = { indexBytes: build.value.sizeBytes, build: { ms: build.value.buildMs + build.value.exportMs, cached: false } };
    }
    if (engine.kind === 'fts5') {
      const record = `${files.copyFile}.json`;
      if (!existsSync(files.copyFile) || !existsSync(record)) {
        const started = Date.now();
        log(`${tag}: making the folded copy and its trigram index…`);
        const build = runPhase({ phase: 'copy-build', dbFile: place.dbFile, copyFile: files.copyFile }, options.caps);
        log(`${tag}: copy ${build.ok ? 'done' : `FAILED (${build.reason})`} in ${seconds(Date.now() - started)}`);
        if (!build.ok) {
          results.push({ engine, failure: { phase: 'build', reason: build.reason } });
          continue;
        }
        writeFileSync(record, JSON.stringify(build.value));
        extra = { build: { ms: build.value.copyMs + build.value.indexMs, cached: false } };
      } else {
        const made = JSON.parse(readFileSync(record, 'utf8')) as CopyBuildFigures;
        extra = { build: { ms: made.copyMs + made.indexMs, cached: true } };
      }
      extra = { ...extra, ...copySizes(files.copyFile) };
    }
    if (engine.kind === 'aksorn') extra = { indexBytes: Object.values(library.indexBytes).reduce((a, b) => a + b, 0) };
    const started = Date.now();
    const search = runPhase({ phase: 'search', engine, files, mixFile, k: options.k }, caps);
    log(`${tag}: open + queries ${search.ok ? 'done' : `FAILED (${search.reason})`} in ${seconds(Date.now() - started)}`);
    if (engine.kind === 'flexsearch') rmSync(files.flexFile, { force: true });
    results.push(search.ok ? { engine, ...extra, search: search.value } : { engine, ...extra, failure: { phase: 'search', reason: search.reason } });
  }

  // Engines that answer in library order must answer what the scan answers.
  const scanAnswers = results.find((r) => r.engine.kind === 'scan')?.search?.answers;
  const compared = results.map((r) =>
    r.search?.answers && scanAnswers && r.engine.kind !== 'scan' ? { ...r, sameAsScan: sameAnswers(r.search.answers, scanAnswers) } : r,
  );

  const aksornWindows = options.engines.filter((e) => e.kind === 'aksorn').map((e) => e.windowSize ?? 500);
  let verify: SizeResult['verify'];
  let service: SizeResult['service'];
  let add: SizeResult['add'];
  if (aksornWindows.length > 0) {
    let started = Date.now();
    verify = runPhase({ phase: 'verify', dbFile: place.dbFile, mixFile, k: options.k, windowSizes: [...new Set(aksornWindows)] }, options.caps);
    log(`${label}: correctness ${verify.ok ? 'done' : `FAILED (${verify.reason})`} in ${seconds(Date.now() - started)}`);
    started = Date.now();
    service = runPhase({ phase: 'service', dbFile: place.dbFile, mixFile, k: options.k }, options.caps);
    log(`${label}: search service ${service.ok ? 'done' : `FAILED (${service.reason})`} in ${seconds(Date.now() - started)}`);
    started = Date.now();
    add = runPhase({ phase: 'add', dbFile: place.dbFile, seed: options.seed + 1000 }, options.caps);
    log(`${label}: adding articles ${add.ok ? 'done' : `FAILED (${add.reason})`} in ${seconds(Date.now() - started)}`);
  }
  return {
    size,
    library,
    importSeconds: importSeconds ?? importRecord(place).importSeconds,
    cached: importSeconds === undefined,
    queries: Object.fromEntries(queryGroups.map((group) => [group, mix.queries.filter((q) => q.group === group).length])) as Record<QueryGroup, number>,
    engines: compared.map(withoutAnswers),
    verify,
    service,
    add,
  };
}

export async function runLibraryBench(options: LibraryBenchOptions, log: (line: string) => void): Promise<SizeResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'aksorn-bench-library-search-'));
  // FlexSearch's export of a large library is hundreds of MB: never leave it behind on Ctrl-C.
  const onInterrupt = () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    const results: SizeResult[] = [];
    for (const size of options.sizes) results.push(await runSize(size, options, work, log));
    return results;
  } finally {
    process.off('SIGINT', onInterrupt);
    rmSync(work, { recursive: true, force: true });
  }
}
