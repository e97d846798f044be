/**
 * `npm run bench:search-index -- <library.db>`: the open question of the
 * search issue, measured on a real library database (one `aksorn import`
 * made): what an FTS5 trigram index over the sections' folded text costs on
 * disk, kept three ways, and how fast each finds the candidates of
 * substrings, checked against a scan. Works on copies in a temp folder; the
 * library is only read.
 *
 * - copy: the folded text in its own table, indexed by an external-content
 *   FTS5 table (detail=none); a term is `LIKE '%term%'` on the FTS table.
 * - contentless: the index alone (content='', detail=none); a term is every
 *   trigram of it ANDed by MATCH, which finds a superset to verify.
 * - two-character terms: a bigram table is what the issue proposes; here a
 *   2-character term is timed as a scan of the folded copy.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyIndexTables, indexFoldedCopy, prepareCopy, writeFoldedCopy } from '../library-search/foldedCopy.js';
import { mulberry32, randomInt } from '../random.js';
import { latencyStats } from '../stats.js';

const [source, countArg] = process.argv.slice(2);
if (!source) throw new Error('usage: searchIndex <library.db> [queries]');
const queryCount = Number(countArg ?? 200);
const work = mkdtempSync(join(tmpdir(), 'aksorn-search-index-'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const library = new DatabaseSync(source, { readOnly: true });
const textBytes = (library.prepare('SELECT sum(length(CAST(heading AS BLOB)) + length(CAST(text AS BLOB))) AS n FROM sections').get() as { n: number }).n;

/** A database in the temp folder with the folded text of every section, as search reads it. */
function foldedCopy(name: string): DatabaseSync {
  const db = new DatabaseSync(join(work, name));
  prepareCopy(db);
  writeFoldedCopy(library, db);
  return db;
}

function sizeOf(db: DatabaseSync, names: readonly string[]): number {
  const placeholders = names.map(() => '?').join(',');
  return (db.prepare(`SELECT sum(pgsize) AS n FROM dbstat WHERE name IN (${placeholders})`).get(...names) as { n: number }).n;
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

log(`folding ${mb(textBytes)} of section text…`);
const copy = timed(() => foldedCopy('copy.db'));
const db = copy.value;
log(`folded in ${(copy.ms / 1000).toFixed(0)} s`);

// Queries: substrings of 2–8 characters of random sections' folded text.
const random = mulberry32(11);
const maxRowid = (db.prepare('SELECT max(rowid) AS n FROM folded').get() as { n: number }).n;
const pickText = db.prepare('SELECT text FROM folded WHERE rowid >= ? LIMIT 1');
const queries: string[] = [];
while (queries.length < queryCount) {
  const text = (pickText.get(randomInt(random, 1, maxRowid)) as { text: string }).text.replace(/\s+/g, ' ');
  const chars = [...text];
  const length = randomInt(random, 2, 8);
  if (chars.length <= length) continue;
  const start = randomInt(random, 0, chars.length - length);
  const query = chars.slice(start, start + length).join('').trim();
  if ([...query].length >= 2 && !query.includes(' ') && !/[%_]/.test(query)) queries.push(query);
}

const build = timed(() => indexFoldedCopy(db));
log(`external-content index built in ${(build.ms / 1000).toFixed(0)} s`);
const contentless = timed(() => {
  db.exec("CREATE VIRTUAL TABLE bare_index USING fts5(text, content='', tokenize='trigram', detail='none')");
  db.exec('INSERT INTO bare_index (rowid, text) SELECT rowid, text FROM folded');
});
log(`contentless index built in ${(contentless.ms / 1000).toFixed(0)} s`);
const limit = 100;
const viaLike = db.prepare(`SELECT rowid FROM copy_index WHERE text LIKE ? LIMIT ${limit}`);
const scan = db.prepare(`SELECT rowid FROM folded WHERE instr(text, ?) > 0 LIMIT ${limit}`);
const viaMatch = db.prepare(`SELECT rowid FROM bare_index WHERE bare_index MATCH ? LIMIT ${limit * 4}`);
const verify = db.prepare('SELECT instr(text, ?) > 0 AS hit FROM folded WHERE rowid = ?');
const trigrams = (term: string) => {
  const chars = [...term];
  return Array.from({ length: chars.length - 2 }, (_, i) => `"${chars.slice(i, i + 3).join('').replace(/"/g, '""')}"`);
};

const times = { like: [] as number[], match: [] as number[], two: [] as number[] };
let wrong = 0;
for (const query of queries) {
  if ([...query].length < 3) {
    times.two.push(timed(() => scan.all(query)).ms);
    continue;
  }
  const like = timed(() => (viaLike.all(`%${query}%`) as { rowid: number }[]).map((r) => r.rowid));
  times.like.push(like.ms);
  const match = timed(() => (viaMatch.all(trigrams(query).join(' AND ')) as { rowid: number }[]).map((r) => r.rowid).filter((rowid) => (verify.get(query, rowid) as { hit: number }).hit === 1).slice(0, limit));
  times.match.push(match.ms);
  // Both must find exactly what a scan finds (the first `limit`, in rowid order).
  const truth = (scan.all(query) as { rowid: number }[]).map((r) => r.rowid);
  if (like.value.join() !== truth.join()) wrong++;
  if (match.value.length > 0 && !match.value.every((rowid) => truth.includes(rowid) || truth.length === limit)) wrong++;
}

const foldedBytes = sizeOf(db, ['folded']);
const copyIndexBytes = sizeOf(db, copyIndexTables);
const bareIndexBytes = sizeOf(db, ['bare_index_data', 'bare_index_idx', 'bare_index_docsize', 'bare_index_config']);
const fmt = (samples: number[]) => {
  const s = latencyStats(samples);
  return `${s.p50.toFixed(2)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(0)} ms (${s.samples})`;
};
console.log(`search index on ${source}: ${mb(textBytes)} of text, library file ${mb(statSync(source).size)}; ${queries.length} substrings of 2–8 characters, first ${limit} candidates`);
console.log('| kept as | added to the library | build | 3+ characters p50 / p95 / max |');
console.log('|---|---|---|---|');
console.log(`| folded copy + external-content trigram index, LIKE | ${mb(foldedBytes)} + ${mb(copyIndexBytes)} = ${((foldedBytes + copyIndexBytes) / textBytes).toFixed(2)} × the text | ${(build.ms / 1000).toFixed(0)} s | ${fmt(times.like)} |`);
console.log(`| contentless trigram index, trigrams ANDed by MATCH, verified | ${mb(bareIndexBytes)} = ${(bareIndexBytes / textBytes).toFixed(2)} × the text | ${(contentless.ms / 1000).toFixed(0)} s | ${fmt(times.match)} |`);
console.log(`2-character terms by a scan of the folded copy: ${fmt(times.two)}; results differing from a scan: ${wrong}`);
library.close();
db.close();
rmSync(work, { recursive: true, force: true });
