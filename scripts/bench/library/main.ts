/**
 * `npm run bench:library`: the library at scale. For each size, a seeded
 * MediaWiki dump of generated Thai articles (scripts/bench/dump/, cached
 * between runs) is imported through the app's own import queue in a fresh
 * process, and the targets are checked: import rate, memory while
 * importing, the API's answers meanwhile, the database's size against the
 * text, opening any article, and a cold start.
 *
 * usage: npm run bench:library -- [--sizes 10000,100000,170000] [--seed 1] [--dumps DIR] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDump } from '../dump/dump.js';
import { machineInfo } from '../machine.js';
import type { LibraryFigures } from './measure.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,170000' },
    seed: { type: 'string', default: '1' },
    dumps: { type: 'string', default: join(tmpdir(), 'aksorn-dumps') },
    json: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
const seed = Number(values.seed);
const root = resolve(import.meta.dirname, '../../..');
const log = (line: string) => process.stderr.write(`${line}\n`);

const targets = {
  articlesPerSecond: 300,
  importRssMaxBytes: 2 ** 30,
  databaseToText: 1.5,
  coldStartMs: 1000,
  openArticleMs: 50,
  apiWhileImportingMs: 100,
};

const results: { size: number; figures: LibraryFigures }[] = [];
for (const size of sizes) {
  mkdirSync(values.dumps, { recursive: true });
  const dump = join(values.dumps, `th-${size}-seed${seed}.xml.bz2`);
  if (!existsSync(dump)) {
    log(`writing ${dump}…`);
    await generateDump({ articles: size, seed, out: dump });
  }
  const work = mkdtempSync(join(tmpdir(), 'aksorn-bench-library-'));
  log(`importing ${size} articles…`);
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'measure.ts'), dump, work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    results.push({ size, figures: JSON.parse(out.trim().split('\n').at(-1) as string) as LibraryFigures });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.json) {
  console.log(JSON.stringify({ machine: machineInfo(), seed, targets, results }, null, 2));
} else {
  const machine = machineInfo();
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
  console.log(`library bench: ${machine.cpu}, ${machine.cores} cores, ${mb(machine.totalMemoryBytes)}, Node ${machine.node}, load ${machine.loadAverage.toFixed(2)}; seed ${seed}`);
  console.log('| articles | import | RSS while importing | API while importing p50 / p95 / p99 / max (calls; longest event-loop stall) | text | database (of which search index) | without the index ÷ text | open article p50 / p95 / max | cold start (process / core) p50 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { size, figures: f } of results) {
    // The target is the database without the search index.
    const ratio = (f.databaseBytes - f.searchIndexBytes) / f.plainTextBytes;
    console.log(
      `| ${size.toLocaleString('en')} (${f.articles.toLocaleString('en')} + ${f.aliases.toLocaleString('en')} redirects, ${f.skipped} skipped) ` +
        `| ${f.articlesPerSecond.toFixed(0)}/s, ${f.importSeconds.toFixed(0)} s ${mark(f.articlesPerSecond >= targets.articlesPerSecond)} ` +
        `| ${mb(f.importRssMaxBytes)} ${mark(f.importRssMaxBytes <= targets.importRssMaxBytes)} ` +
        `| ${ms(f.apiWhileImporting.p50)} / ${ms(f.apiWhileImporting.p95)} / ${ms(f.apiWhileImporting.p99)} / ${ms(f.apiWhileImporting.max)} (${f.apiWhileImporting.samples}; ${ms(f.loopDelayMaxMs)}) ${mark(f.apiWhileImporting.max <= targets.apiWhileImportingMs)} ` +
        `| ${mb(f.plainTextBytes)} | ${mb(f.databaseBytes)} (${mb(f.searchIndexBytes)}) | ${ratio.toFixed(2)} ${mark(ratio <= targets.databaseToText)} ` +
        `| ${ms(f.openArticle.p50)} / ${ms(f.openArticle.p95)} / ${ms(f.openArticle.max)} ${mark(f.openArticle.max <= targets.openArticleMs)} ` +
        `| ${ms(f.coldStartProcess.p50)} / ${ms(f.coldStartCore.p50)} ${mark(f.coldStartProcess.p50 <= targets.coldStartMs)} |`,
    );
  }
}
