import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTransaction, openDatabase, writing } from '../../../main/db/open.js';
import { schemaSteps, schemaVersion } from '../../../main/db/schema.js';
import { createNoticeBoard } from '../../../main/notices.js';
import { pairToken } from '../../../main/search/library/indexText.js';
import { StartupError } from '../../../main/store/startupError.js';

const folder = () => mkdtempSync(join(tmpdir(), 'aksorn-db-'));
const fixedNow = () => new Date('2026-11-30T01:02:03.456Z');

describe('opening the library database', () => {
  it('makes a new database at the current format, in WAL mode with 16 KiB pages', () => {
    const file = join(folder(), 'library.db');
    const db = openDatabase({ file });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: schemaVersion });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA page_size').get()).toEqual({ page_size: 16384 });
    db.close();
  });

  it('moves a file that is not a database aside, keeps it, starts empty and says where it went', () => {
    const dir = folder();
    const file = join(dir, 'library.db');
    writeFileSync(file, 'these are not the bytes of a database '.repeat(200));
    const notices = createNoticeBoard();
    const db = openDatabase({ file, notices, now: fixedNow });
    const backup = join(dir, 'library.corrupt-2026-11-30T01-02-03-456Z.db');
    expect(readFileSync(backup, 'utf8')).toContain('these are not the bytes');
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    expect(notices.list().map(({ notice }) => notice)).toEqual([{ code: 'library-reset', backup, detail: 'it is not a database' }]);
    db.close();
  });

  it('refuses a database from a newer Aksorn with one paragraph, and leaves it as it was', () => {
    const file = join(folder(), 'library.db');
    const newer = new DatabaseSync(file);
    newer.exec(`PRAGMA user_version = ${schemaVersion + 1}`);
    newer.close();
    const before = readFileSync(file);
    expect(() => openDatabase({ file })).toThrow(StartupError);
    expect(() => openDatabase({ file })).toThrow(`written by a newer Aksorn (format ${schemaVersion + 1}; this one reads up to ${schemaVersion})`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says which file it cannot open and why, when the folder is not there', () => {
    const file = join(folder(), 'missing', 'library.db');
    expect(() => openDatabase({ file })).toThrow(new RegExp(`Aksorn cannot open its library ${file}`));
    expect(existsSync(file)).toBe(false);
  });
});

describe('the search index', () => {
  const grams = (db: DatabaseSync, term: string) =>
    (db.prepare('SELECT rowid FROM section_grams WHERE section_grams MATCH ? ORDER BY rowid').all(`"${term}"`) as { rowid: number }[]).map((r) => r.rowid);

  it('is built from the sections of a library made before it, folded as search folds', () => {
    const file = join(folder(), 'library.db');
    const old = new DatabaseSync(file);
    old.exec(schemaSteps[0] as string);
    old.exec('PRAGMA user_version = 1');
    old.exec("INSERT INTO articles VALUES (1, 'a', 'A', 'A', 'th', 'text', 'a.txt', 1, 1, 'h', 't', 't', x'00')");
    old.exec("INSERT INTO sections (article, ord, id, heading, text) VALUES (1, 0, 'lead', 'CAFÉ', 'ปี ๒๐๐๗ กรุงเทพ')");
    old.close();
    const db = openDatabase({ file });
    expect([grams(db, 'caf'), grams(db, '200'), grams(db, 'กรุ'), grams(db, 'xyz')]).toEqual([[1], [1], [1], []]);
    db.close();
  });
});

describe('the pair and title indexes', () => {
  it('are built for a library made before them, with its redirects, and the fold hazards noted', () => {
    const file = join(folder(), 'library.db');
    const old = new DatabaseSync(file);
    old.exec(schemaSteps[0] as string);
    old.exec('PRAGMA user_version = 1');
    old.exec("INSERT INTO articles VALUES (1, 'a', 'Alpha กรุงเทพ', 'alpha กรุงเทพ', 'th', 'text', 'a.txt', 1, 1, 'h', 't', 't', x'00')");
    old.exec("INSERT INTO sections (article, ord, id, heading, text) VALUES (1, 0, 'lead', 'หัว', 'ป่า ไม้'), (1, 1, 's', 'Two', 'ก​ข')");
    old.exec("INSERT INTO aliases (key, title, target_key) VALUES ('บางกอก', 'บางกอก', 'alpha กรุงเทพ')");
    old.close();
    const db = openDatabase({ file });
    const rowids = (sql: string, ...params: string[]) => (db.prepare(sql).all(...params) as { rowid: number }[]).map((r) => r.rowid);
    expect(rowids('SELECT rowid FROM section_pairs WHERE section_pairs MATCH ?', `"${pairToken('ป่')}"`)).toEqual([1]);
    expect(rowids("SELECT rowid FROM title_grams WHERE folded LIKE '%alpha%'")).toEqual([1]);
    expect(rowids("SELECT rowid FROM alias_grams WHERE folded LIKE '%บางก%'")).toEqual([1]);
    expect(db.prepare('SELECT hazards FROM sections ORDER BY rowid').all()).toEqual([{ hazards: 0 }, { hazards: 3 }]);
    db.close();
  });
});

describe('the titles of removed articles', () => {
  it('are kept for an article of a library made before them when it leaves, and forgotten when it returns', () => {
    const file = join(folder(), 'library.db');
    const old = new DatabaseSync(file);
    old.exec(schemaSteps[0] as string);
    old.exec('PRAGMA user_version = 1');
    old.exec("INSERT INTO articles VALUES (1, 'กรุงเทพ', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'th', 'text', 'a.txt', 1, 1, 'h', 't', 't', x'00')");
    old.close();
    const db = openDatabase({ file });
    const removed = () => db.prepare('SELECT id, title FROM removed_articles').all();
    expect(removed()).toEqual([]);
    db.exec("DELETE FROM articles WHERE id = 'กรุงเทพ'");
    expect(removed()).toEqual([{ id: 'กรุงเทพ', title: 'กรุงเทพมหานคร' }]);
    db.exec("INSERT INTO articles VALUES (2, 'กรุงเทพ', 'กรุงเทพฯ', 'กรุงเทพฯ', 'th', 'text', 'a.txt', 1, 1, 'h', 't', 't', x'00')");
    expect(removed()).toEqual([]);
    db.close();
  });
});

describe('a transaction', () => {
  it('commits all of its work, or none of it when it throws', () => {
    const db = openDatabase({ file: ':memory:' });
    inTransaction(db, () => db.exec("INSERT INTO meta (key, value) VALUES ('a', '1')"));
    expect(() =>
      inTransaction(db, () => {
        db.exec("INSERT INTO meta (key, value) VALUES ('b', '2')");
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(db.prepare('SELECT key FROM meta ORDER BY key').all()).toEqual([{ key: 'a' }]);
  });
});

describe('a write while another connection writes', () => {
  it('waits for the lock without blocking the thread, then commits', async () => {
    const file = join(folder(), 'library.db');
    const mine = openDatabase({ file, busyTimeoutMs: 20 });
    const other = openDatabase({ file });
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 5);
    const written = writing(mine, () => mine.exec("INSERT INTO meta (key, value) VALUES ('mine', '1')"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The thread ran timers all along: a blocking wait would have let few or none through.
    expect(ticks).toBeGreaterThan(20);
    other.exec('COMMIT');
    await written;
    clearInterval(ticking);
    expect(other.prepare("SELECT value FROM meta WHERE key = 'mine'").get()).toEqual({ value: '1' });
  });

  it('gives up after its wait with the database’s busy error', async () => {
    const file = join(folder(), 'library.db');
    const mine = openDatabase({ file, busyTimeoutMs: 1 });
    const other = openDatabase({ file });
    other.exec('BEGIN IMMEDIATE');
    await expect(writing(mine, () => undefined, 50)).rejects.toThrow(/locked|busy/i);
    other.exec('ROLLBACK');
  });
});
