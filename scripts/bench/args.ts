/** The bench's command line: the one-article bench (lunr and friends on generated articles) and the library bench. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCorpusSeed, defaultSizes, parseCorpusSpec, type CorpusSpec } from './corpora.js';
import { engineNames, isEngineName, type EngineName } from './engines/registry.js';
import { defaultEngines as defaultLibraryEngines, parseEngineSpec } from './library-search/engines/registry.js';
import type { LibraryBenchOptions } from './library-search/run.js';
import { defaultQueryCount, defaultQuerySeed } from './queries.js';

/** The one-article bench's options. */
export interface BenchOptions {
  readonly json: boolean;
  readonly sizes: readonly CorpusSpec[];
  readonly queries: number;
  readonly engines: readonly EngineName[];
  readonly seed: number;
  /** Per child phase; undefined for the default that grows with the corpus. */
  readonly timeoutSeconds: number | undefined;
  readonly help: boolean;
}

export type BenchPart = 'article' | 'library';
export const benchParts: readonly BenchPart[] = ['article', 'library'];

export interface BenchArgs {
  readonly json: boolean;
  readonly help: boolean;
  readonly parts: readonly BenchPart[];
  readonly article: BenchOptions;
  readonly library: LibraryBenchOptions;
}

const defaultLibrarySizes = '10000,100000,170000';
const defaultTimeoutSeconds = 1800;
const defaultFlexsearchTimeoutSeconds = 300;
const defaultFlexsearchHeapMiB = 4096;
/** The library bench's children: room for the scan's text and the brute force's. */
const libraryHeapMiB = 8192;

export const usage = `usage: npm run bench -- [options]
Runs both parts unless --only names one.
  --only PART              article (lunr, a scan and FlexSearch on generated articles in memory) or library (imported libraries)
  --queries N              queries of the mix's kinds (default ${defaultQueryCount}; the library part adds a quarter as many 2-character and title queries)
  --seed N                 seed of the generated corpora and dumps (default ${defaultCorpusSeed})
  --timeout S              seconds each child phase may take (default: grows with the corpus; ${defaultTimeoutSeconds} in the library part)
  --json                   print the figures as JSON instead of tables
The library part:
  --sizes LIST             libraries of N articles, imported from generated dumps (default ${defaultLibrarySizes})
  --engines LIST           aksorn, aksorn:N (a ranking window of N), scan, flexsearch, fts5 (default ${defaultLibraryEngines})
  --k N                    hits asked of each search (default 20)
  --libraries DIR          where imported libraries are kept between runs (default ${join(tmpdir(), 'aksorn-bench-libraries')})
  --dumps DIR              where generated dumps are kept (default ${join(tmpdir(), 'aksorn-dumps')})
  --flexsearch-timeout S   FlexSearch's cap per phase (default ${defaultFlexsearchTimeoutSeconds})
  --flexsearch-heap MIB    FlexSearch's heap cap (default ${defaultFlexsearchHeapMiB})
The article part:
  --corpora LIST           1 (or article) = the bundled article, N = N generated articles (default ${defaultSizes})
  --article-engines LIST   engines to compare (default ${engineNames.join(',')})`;

function positiveInteger(name: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value.trim().replace(/_/g, ''))) throw new Error(`--${name} wants a positive integer, not "${value}"`);
  return Number(value.trim().replace(/_/g, ''));
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function nonEmpty<T>(name: string, items: T[]): T[] {
  if (items.length === 0) throw new Error(`--${name} names nothing`);
  return items;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      queries: { type: 'string', default: String(defaultQueryCount) },
      seed: { type: 'string', default: String(defaultCorpusSeed) },
      timeout: { type: 'string' },
      sizes: { type: 'string', default: defaultLibrarySizes },
      engines: { type: 'string', default: defaultLibraryEngines },
      k: { type: 'string', default: '20' },
      libraries: { type: 'string', default: join(tmpdir(), 'aksorn-bench-libraries') },
      dumps: { type: 'string', default: join(tmpdir(), 'aksorn-dumps') },
      'flexsearch-timeout': { type: 'string', default: String(defaultFlexsearchTimeoutSeconds) },
      'flexsearch-heap': { type: 'string', default: String(defaultFlexsearchHeapMiB) },
      corpora: { type: 'string', default: defaultSizes },
      'article-engines': { type: 'string', default: engineNames.join(',') },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.only !== undefined && !benchParts.includes(values.only as BenchPart)) {
    throw new Error(`--only wants ${benchParts.join(' or ')}, not "${values.only}"`);
  }
  const articleEngines = nonEmpty('article-engines', list(values['article-engines'])).map((name) => {
    if (!isEngineName(name)) throw new Error(`unknown engine "${name}" (known: ${engineNames.join(', ')})`);
    return name;
  });
  const queries = positiveInteger('queries', values.queries);
  if (!/^\d+$/.test(values.seed.trim())) throw new Error(`--seed wants a whole number, not "${values.seed}"`);
  const seed = Number(values.seed.trim()) >>> 0;
  const timeoutSeconds = values.timeout === undefined ? undefined : positiveInteger('timeout', values.timeout);
  return {
    json: values.json,
    help: values.help,
    parts: values.only === undefined ? benchParts : [values.only as BenchPart],
    article: {
      json: values.json,
      sizes: nonEmpty('corpora', list(values.corpora).map(parseCorpusSpec)),
      queries,
      engines: articleEngines,
      seed,
      timeoutSeconds,
      help: values.help,
    },
    library: {
      sizes: nonEmpty('sizes', list(values.sizes).map((size) => positiveInteger('sizes', size))),
      engines: nonEmpty('engines', list(values.engines).map(parseEngineSpec)),
      seed,
      querySeed: defaultQuerySeed,
      queries,
      k: positiveInteger('k', values.k),
      cacheDir: values.libraries,
      dumpsDir: values.dumps,
      caps: { timeoutMs: (timeoutSeconds ?? defaultTimeoutSeconds) * 1000, heapMiB: libraryHeapMiB },
      flexsearchCaps: {
        timeoutMs: positiveInteger('flexsearch-timeout', values['flexsearch-timeout']) * 1000,
        heapMiB: positiveInteger('flexsearch-heap', values['flexsearch-heap']),
      },
    },
  };
}
