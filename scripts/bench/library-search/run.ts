/**
 * The library part of `npm run bench`: for each size, the cached library
 * (imported when missing), its query mix, then each engine in fresh
 * children — FlexSearch within a time and heap cap — and Aksorn's
 * correctness, worker round trip and the cost of adding an article.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ChildOutcome } from '../child.js';
import type { AddFigures } from './addArticle.js';
import { runPhase, type Caps } from './child.js';
import type { PhaseAnswers, PhaseRequest } from './phases.js';
import { windowSize as defaultWindowSize } from '../../../main/search/library/sectionSearch.js';
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
  /** The machine's 1-minute load average after each phase: other work on it skews the figures. */
  readonly loadAverage: { readonly min: number; readonly max: number };
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

/** What a size's phases share: where they log, and the machine's load seen after each. */
interface Context {
  readonly options: LibraryBenchOptions;
  readonly log: (line: string) => void;
  readonly loads: number[];
}

/** Runs one phase in a child, says how it went, and notes the machine's load after it. */
function logged<R extends PhaseRequest>(context: Context, what: string, request: R, caps: Caps): ChildOutcome<PhaseAnswers[R['phase']]> {
  const started = Date.now();
  const outcome = runPhase(request, caps);
  context.log(`${what} ${outcome.ok ? 'done' : `FAILED (${outcome.reason})`} in ${seconds(Date.now() - started)}`);
  context.loads.push(loadavg()[0] ?? 0);
  return outcome;
}

/** The FTS5 engine's copy: made once per library and kept beside it, with what making it took. */
function ensureCopy(context: Context, tag: string, dbFile: string, copyFile: string): ChildOutcome<{ figures: CopyBuildFigures; cached: boolean }> {
  const record = `${copyFile}.json`;
  if (existsSync(copyFile) && existsSync(record)) {
    return { ok: true, value: { figures: JSON.parse(readFileSync(record, 'utf8')) as CopyBuildFigures, cached: true } };
  }
  context.log(`${tag}: making the folded copy and its trigram index…`);
  const build = logged(context, `${tag}: copy`, { phase: 'copy-build', dbFile, copyFile }, context.options.caps);
  if (!build.ok) return build;
  writeFileSync(record, JSON.stringify(build.value));
  return { ok: true, value: { figures: build.value, cached: false } };
}

/** One engine on one library: its index made when it needs one, then open and the query mix, in a fresh child each. */
function runEngine(context: Context, engine: EngineSpec, files: EngineFiles, mixFile: string, label: string, library: LibrarySizes): EngineResult {
  const tag = `${label} × ${engine.name}`;
  const caps = engine.kind === 'flexsearch' ? context.options.flexsearchCaps : context.options.caps;
  let extra: Partial<EngineResult> = {};
  switch (engine.kind) {
    case 'aksorn':
      extra = { indexBytes: Object.values(library.indexBytes).reduce((a, b) => a + b, 0) };
      break;
    case 'flexsearch': {
      const build = logged(context, `${tag}: build`, { phase: 'flexsearch-build', dbFile: files.dbFile, flexFile: files.flexFile }, caps);
      if (!build.ok) {
        rmSync(files.flexFile, { force: true });
        return { engine, failure: { phase: 'build', reason: build.reason } };
      }
      extra = { indexBytes: build.value.sizeBytes, build: { ms: build.value.buildMs + build.value.exportMs, cached: false } };
      break;
    }
    case 'fts5': {
      const copy = ensureCopy(context, tag, files.dbFile, files.copyFile);
      if (!copy.ok) return { engine, failure: { phase: 'build', reason: copy.reason } };
      extra = { build: { ms: copy.value.figures.copyMs + copy.value.figures.indexMs, cached: copy.value.cached }, ...copySizes(files.copyFile) };
      break;
    }
    case 'scan':
      break;
  }
  const search = logged(context, `${tag}: open + queries`, { phase: 'search', engine, files, mixFile, k: context.options.k }, caps);
  if (engine.kind === 'flexsearch') rmSync(files.flexFile, { force: true });
  return search.ok ? { engine, ...extra, search: search.value } : { engine, ...extra, failure: { phase: 'search', reason: search.reason } };
}

async function runSize(size: number, context: Context, work: string): Promise<SizeResult> {
  const { options, log } = context;
  const { place, importSeconds } = await ensureLibrary({ cacheDir: options.cacheDir, dumpsDir: options.dumpsDir, size, seed: options.seed }, log);
  const library = librarySizes(place.dbFile);
  const db = new DatabaseSync(place.dbFile, { readOnly: true });
  const mix = libraryMix(readQuerySource(db, options.querySeed), options.queries, options.querySeed);
  db.close();
  const mixFile = join(work, `mix-${size}.json`);
  writeFileSync(mixFile, JSON.stringify(mix));
  const files: EngineFiles = { dbFile: place.dbFile, copyFile: join(place.dir, 'fts5-copy.db'), flexFile: join(work, `flexsearch-${size}.jsonl`) };
  const label = size.toLocaleString('en');
  context.loads.length = 0;
  const results = options.engines.map((engine) => runEngine(context, engine, files, mixFile, label, library));

  // Engines that answer in library order must answer what the scan answers.
  const scanAnswers = results.find((r) => r.engine.kind === 'scan')?.search?.answers;
  const compared = results.map((r) =>
    r.search?.answers && scanAnswers && r.engine.kind !== 'scan' ? { ...r, sameAsScan: sameAnswers(r.search.answers, scanAnswers) } : r,
  );

  const windowSizes = [...new Set(options.engines.filter((e) => e.kind === 'aksorn').map((e) => e.windowSize ?? defaultWindowSize))];
  const aksorn =
    windowSizes.length === 0
      ? {}
      : {
          verify: logged(context, `${label}: correctness`, { phase: 'verify', dbFile: place.dbFile, mixFile, k: options.k, windowSizes }, options.caps),
          service: logged(context, `${label}: search service`, { phase: 'service', dbFile: place.dbFile, mixFile, k: options.k }, options.caps),
          add: logged(context, `${label}: adding articles`, { phase: 'add', dbFile: place.dbFile, seed: options.seed + 1000 }, options.caps),
        };
  return {
    size,
    library,
    importSeconds: importSeconds ?? importRecord(place).importSeconds,
    cached: importSeconds === undefined,
    queries: Object.fromEntries(queryGroups.map((group) => [group, mix.queries.filter((q) => q.group === group).length])) as Record<QueryGroup, number>,
    engines: compared.map(withoutAnswers),
    loadAverage: { min: Math.min(...context.loads), max: Math.max(...context.loads) },
    ...aksorn,
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
    const context: Context = { options, log, loads: [] };
    for (const size of options.sizes) results.push(await runSize(size, context, work));
    return results;
  } finally {
    process.off('SIGINT', onInterrupt);
    rmSync(work, { recursive: true, force: true });
  }
}
