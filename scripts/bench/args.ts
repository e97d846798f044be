/** The bench's command line. */
import { parseArgs } from 'node:util';
import { defaultCorpusSeed, defaultSizes, parseCorpusSpec, type CorpusSpec } from './corpora.js';
import { engineNames, isEngineName, type EngineName } from './engines/registry.js';
import { defaultQueryCount } from './queries.js';

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

export const usage = `usage: npm run bench -- [options]
  --sizes LIST     corpora, comma-separated: 1 (or article) = the bundled article, N = N generated articles (default ${defaultSizes})
  --queries N      queries in the mix per corpus (default ${defaultQueryCount})
  --engines LIST   engines to compare (default ${engineNames.join(',')})
  --seed N         seed of the generated corpora (default ${defaultCorpusSeed})
  --timeout S      seconds each child phase (build, query) may take (default grows with the corpus)
  --json           print the figures as JSON instead of tables`;

function positiveInteger(name: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`--${name} wants a positive integer, not "${value}"`);
  return Number(value);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: defaultSizes },
      queries: { type: 'string', default: String(defaultQueryCount) },
      engines: { type: 'string', default: engineNames.join(',') },
      seed: { type: 'string', default: String(defaultCorpusSeed) },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const engines = list(values.engines).map((name) => {
    if (!isEngineName(name)) throw new Error(`unknown engine "${name}" (known: ${engineNames.join(', ')})`);
    return name;
  });
  const sizes = list(values.sizes).map(parseCorpusSpec);
  if (sizes.length === 0) throw new Error('--sizes names no corpus');
  if (engines.length === 0) throw new Error('--engines names no engine');
  return {
    json: values.json,
    sizes,
    queries: positiveInteger('queries', values.queries),
    engines,
    seed: Number(values.seed.trim()) >>> 0,
    timeoutSeconds: values.timeout === undefined ? undefined : positiveInteger('timeout', values.timeout),
    help: values.help,
  };
}
