/**
 * One size of the library bench, in a process of its own (so its memory is
 * its own): imports a dump into a new user-data folder through the app's own
 * import queue (a worker thread), while the main thread keeps calling the API
 * as the window would; then measures the database, opening articles, and
 * cold starts in fresh processes.
 *
 * usage: measure <dump> <work dir>   (prints one JSON line: LibraryFigures)
 */
import Conf from 'conf';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, type Core } from '../../../main/core.js';
import { libraryFileIn } from '../../../main/userData.js';
import type { ImportJob } from '../../../common/imports.js';
import { latencyStats, type LatencyStats } from '../stats.js';
import { mulberry32, randomInt } from '../random.js';

export interface LibraryFigures {
  readonly articles: number;
  readonly aliases: number;
  readonly skipped: number;
  readonly importSeconds: number;
  readonly articlesPerSecond: number;
  readonly importRssMaxBytes: number;
  /** The API called from the main thread every 50 ms while the import ran, as a reading window calls it (reads and a write). */
  readonly apiWhileImporting: LatencyStats;
  /** The main thread's event-loop delay while the import ran. */
  readonly loopDelayMaxMs: number;
  readonly plainTextBytes: number;
  readonly databaseBytes: number;
  /** Of which the search index (FTS5's tables). */
  readonly searchIndexBytes: number;
  readonly openArticle: LatencyStats;
  /** From a fresh process's start to the first article's text: whole process (tsx included), and from createCore on. */
  readonly coldStartProcess: LatencyStats;
  readonly coldStartCore: LatencyStats;
}

const root = resolve(import.meta.dirname, '../../..');
const [dump, work] = process.argv.slice(2);
if (!dump || !work) throw new Error('usage: measure <dump> <work dir>');
const userDataDir = join(work, 'user-data');
mkdirSync(userDataDir, { recursive: true });

const open = (): Core => createCore({ dataDir: join(root, 'out', 'data'), userDataDir, Store: Conf, program: 'the library bench' });

// 1. Import, with the API called meanwhile.
const core = open();
const bundledId = (await core.api.listArticles({ offset: 0, limit: 1 })).articles[0]?.id ?? '';
const job = await core.api.startImport([core.uploads.stagePath(dump)]);
const calls: number[] = [];
let rssMax = 0;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const started = performance.now();
const finished = await new Promise<ImportJob>((done) => {
  const stop = core.onEvent((event) => {
    if (event.type === 'importProgress' && event.job.id === job.id && event.job.finishedAt !== null) {
      stop();
      clearInterval(probe);
      done(event.job);
    }
  });
  const probe = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage.rss());
    const t = performance.now();
    void Promise.all([
      core.api.listArticles({ offset: 0, limit: 50 }),
      core.api.getArticle(bundledId),
      // A write: it waits for the import's transaction to end.
      core.api.setReadingPosition({ articleId: bundledId, sectionId: 'lead', progress: (calls.length % 100) / 100 }),
      core.api.listImports(),
    ]).then(() => calls.push(performance.now() - t));
  }, 50);
});
const importSeconds = (performance.now() - started) / 1000;
loop.disable();
if (finished.state !== 'done') throw new Error(`the import ended ${finished.state}: ${finished.error ?? ''}`);
core.close();

// 2. The database, after its log is folded in (what stays on disk), and its search indexes (search/library/indexText.ts).
const dbFile = libraryFileIn(userDataDir);
const searchIndexBytes = Number(
  execFileSync(
    process.execPath,
    [
      '-e',
      `const {DatabaseSync}=require('node:sqlite');const d=new DatabaseSync(${JSON.stringify(dbFile)});d.exec('PRAGMA wal_checkpoint(TRUNCATE)');` +
        `process.stdout.write(String(d.prepare("SELECT coalesce(sum(pgsize),0) AS n FROM dbstat WHERE name LIKE 'section_grams%' OR name LIKE 'section_pairs%' OR name LIKE 'title_grams%' OR name LIKE 'alias_grams%'").get().n));d.close()`,
    ],
    { encoding: 'utf8' },
  ),
);
const databaseBytes = statSync(dbFile).size;

// 3. Opening articles anywhere in the library.
const again = open();
const { total } = await again.api.listArticles({ offset: 0, limit: 1 });
const random = mulberry32(7);
const opens: number[] = [];
let plainTextBytes = 0;
for (let offset = 0; offset < total; offset += 1000) {
  for (const article of (await again.api.listArticles({ offset, limit: 1000 })).articles) plainTextBytes += article.size;
}
for (let i = 0; i < 200; i++) {
  const [picked] = (await again.api.listArticles({ offset: randomInt(random, 0, total - 1), limit: 1 })).articles;
  const t = performance.now();
  await again.api.getArticle(picked?.id ?? '');
  opens.push(performance.now() - t);
}
again.close();

// 4. Cold starts: a fresh process each, to the first article's text.
const process_: number[] = [];
const fromCore: number[] = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'coldStart.ts'), userDataDir], { cwd: root, encoding: 'utf8' });
  const { processMs, coreMs } = JSON.parse(out) as { processMs: number; coreMs: number };
  process_.push(processMs);
  fromCore.push(coreMs);
}

const figures: LibraryFigures = {
  articles: finished.imported + finished.updated + finished.unchanged,
  aliases: finished.aliases,
  skipped: finished.skipped,
  importSeconds,
  articlesPerSecond: (finished.imported + finished.updated + finished.unchanged) / importSeconds,
  importRssMaxBytes: rssMax,
  apiWhileImporting: latencyStats(calls),
  loopDelayMaxMs: loop.max / 1e6,
  plainTextBytes,
  databaseBytes,
  searchIndexBytes,
  openArticle: latencyStats(opens),
  coldStartProcess: latencyStats(process_),
  coldStartCore: latencyStats(fromCore),
};
console.log(JSON.stringify(figures));
