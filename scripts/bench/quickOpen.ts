/**
 * `npm run bench:quick-open -- [--sizes 10000,100000,170000] [--read 200] [--per-group 60]`:
 * quick open's finder (main/search/library/articleFinder.ts) on the libraries
 * the library bench keeps (`npm run bench -- --only library` imports them),
 * per kind of query, as the search worker runs it: its own read-only
 * connection, warm. The libraries are never written: the reading positions
 * (`--read` random articles read) go in a TEMP table of this connection,
 * which stands in for the library's own. Each query's time is the median of
 * three runs. Then the round trip through the search worker
 * (createSearchService), on the library as it is. A measurement, not a test.
 */
import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { fold } from '../../common/fold.js';
import { ArticleFinder } from '../../main/search/library/articleFinder.js';
import { createSearchService } from '../../main/search/searchService.js';
import { libraryPlace } from './library-search/libraries.js';
import { mulberry32, randomInt, type Random } from './random.js';
import { latencyStats, type LatencyStats } from './stats.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,170000' },
    seed: { type: 'string', default: '1' },
    read: { type: 'string', default: '200' },
    'per-group': { type: 'string', default: '60' },
    libraries: { type: 'string', default: join(tmpdir(), 'aksorn-bench-libraries') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const perGroup = Number(values['per-group']);
const readCount = Number(values.read);

/** A part of `chars` characters of a random name (folded, no space inside), or the whole of it. */
function pieceOf(random: Random, names: readonly string[], chars: number | 'whole'): string {
  for (;;) {
    const name = names[randomInt(random, 0, names.length - 1)] as string;
    if (chars === 'whole') return name;
    const folded = Array.from(fold(name));
    const start = randomInt(random, 0, Math.max(0, folded.length - chars));
    const piece = folded.slice(start, start + chars).join('');
    if (Array.from(piece).length === chars && !piece.includes(' ')) return piece;
  }
}

function queryGroups(random: Random, titles: readonly string[], aliases: readonly string[]): Record<string, string[]> {
  const many = (make: () => string) => Array.from({ length: perGroup }, make);
  return {
    'blank (recently read)': many(() => ''),
    '1 character': many(() => pieceOf(random, titles, 1)),
    '2 characters': many(() => pieceOf(random, titles, 2)),
    '3–5 characters': many(() => pieceOf(random, titles, randomInt(random, 3, 5))),
    'whole title': many(() => pieceOf(random, titles, 'whole')),
    'part of a redirect': many(() => pieceOf(random, aliases, randomInt(random, 3, 6))),
    'two terms': many(() => `${pieceOf(random, titles, randomInt(random, 2, 4))} ${pieceOf(random, titles, randomInt(random, 2, 4))}`),
    'no match': many(() => `qzx${randomInt(random, 100, 999)}`),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
const line = (label: string, stats: LatencyStats, cpu?: LatencyStats, found?: number) =>
  `  ${label.padEnd(24)} p50 ${ms(stats.p50)}  p95 ${ms(stats.p95)}  max ${ms(stats.max)}` +
  (cpu && found !== undefined ? `   cpu p50 ${ms(cpu.p50)}  p95 ${ms(cpu.p95)}   ${found.toFixed(0).padStart(3)} found` : '');

async function benchSize(size: number): Promise<void> {
  const { dbFile } = libraryPlace(values.libraries, size, Number(values.seed));
  if (!existsSync(dbFile)) {
    console.log(`${size.toLocaleString('en')} articles: no library at ${dbFile} (npm run bench -- --only library imports it)`);
    return;
  }
  const db = new DatabaseSync(dbFile, { readOnly: true });
  const random = mulberry32(size);
  const titles = (db.prepare('SELECT title FROM articles').all() as { title: string }[]).map((row) => row.title);
  const aliases = (db.prepare('SELECT title FROM aliases').all() as { title: string }[]).map((row) => row.title);
  // Unqualified, `reading_positions` is this TEMP table, which shadows the library's.
  db.exec(`CREATE TEMP TABLE reading_positions (article_id TEXT PRIMARY KEY, section_id TEXT NOT NULL, progress REAL NOT NULL, read_at TEXT NOT NULL, seq INTEGER NOT NULL);
           CREATE INDEX temp.positions_by_time ON reading_positions (read_at, seq);`);
  const put = db.prepare('INSERT OR IGNORE INTO temp.reading_positions VALUES (?, ?, 0, ?, ?)');
  const ids = db.prepare('SELECT id FROM articles WHERE rowid = ?');
  for (let i = 0; i < readCount; i++) {
    const { id } = ids.get(randomInt(random, 1, titles.length)) as { id: string };
    put.run(id, 'lead', new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), i + 1);
  }
  const finder = new ArticleFinder(db);
  const groups = queryGroups(random, titles, aliases);
  console.log(
    `${size.toLocaleString('en')} articles, ${aliases.length.toLocaleString('en')} redirects, ${readCount} read (${dbFile}); load average ${loadavg()[0]?.toFixed(1)}`,
  );
  // Warm: every query once, as a worker that has been answering for a while is.
  for (const queries of Object.values(groups)) for (const query of queries) finder.find(query);
  for (const [label, queries] of Object.entries(groups)) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let found = 0;
    for (const query of queries) {
      // The median of three, and the CPU time beside the wall time: on a shared machine a run can wait for the CPU.
      const runs = [0, 1, 2].map(() => {
        const cpu = process.cpuUsage();
        const started = performance.now();
        found += finder.find(query).length / 3;
        const wall = performance.now() - started;
        const used = process.cpuUsage(cpu);
        return { wall, cpu: (used.user + used.system) / 1000 };
      });
      times.push(runs.map((run) => run.wall).sort((a, b) => a - b)[1] as number);
      cpuTimes.push(runs.map((run) => run.cpu).sort((a, b) => a - b)[1] as number);
    }
    console.log(line(label, latencyStats(times), latencyStats(cpuTimes), found / queries.length));
  }
  db.close();

  // Through the worker, on the library as it is (no reading positions): what the API adds.
  const service = createSearchService({ dbFile });
  try {
    const queries = Object.values(groups).flat();
    for (const query of queries.slice(0, 40)) await service.findArticles(query, {});
    const times: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await service.findArticles(query, {});
      times.push(performance.now() - started);
    }
    console.log(line('through the worker, all', latencyStats(times)));
  } finally {
    await service.close();
  }
}

for (const size of sizes) await benchSize(size);
