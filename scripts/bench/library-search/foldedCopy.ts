/**
 * The plain FTS5 way to search a library, for comparison: a folded copy of
 * every section's text in a database of its own, indexed by an
 * external-content FTS5 trigram table (detail=none), each term a
 * `LIKE '%term%'` on it. Shared by `npm run bench` and bench:search-index.
 */
import type { DatabaseSync } from 'node:sqlite';
import { foldSection } from '../../../main/search/library/sectionSearch.js';

/** The copy's index tables (FTS5's shadow tables), whose pages are its size. */
export const copyIndexTables = ['copy_index_data', 'copy_index_idx', 'copy_index_docsize', 'copy_index_config'] as const;

/** Sets up a new database for the copy: large pages as the library's, no journal (it is rebuilt, never repaired). */
export function prepareCopy(db: DatabaseSync): void {
  db.exec('PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
}

/**
 * Copies every section of the library, folded as search folds it (the heading
 * and each paragraph on lines of their own, so no term spans two), under the
 * section's rowid.
 */
export function writeFoldedCopy(library: DatabaseSync, db: DatabaseSync): void {
  db.exec('CREATE TABLE folded (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO folded (rowid, text) VALUES (?, ?)');
  db.exec('BEGIN');
  for (const row of library.prepare('SELECT rowid, heading, text FROM sections ORDER BY rowid').iterate() as Iterable<{ rowid: number; heading: string; text: string }>) {
    const { heading, body } = foldSection(row);
    insert.run(row.rowid, `${heading}\n${body}`);
  }
  db.exec('COMMIT');
}

/** Indexes the copy: trigrams of its text, no positions (detail=none), the text itself read from the copy. */
export function indexFoldedCopy(db: DatabaseSync): void {
  db.exec("CREATE VIRTUAL TABLE copy_index USING fts5(text, content='folded', content_rowid='rowid', tokenize='trigram', detail='none')");
  db.exec("INSERT INTO copy_index (copy_index) VALUES ('rebuild')");
}

/**
 * The first `limit` sections holding every one of `terms` terms, in rowid
 * order. No ESCAPE clause: it would turn the index's LIKE into a scan, and a
 * folded term holds no % or _ (fold.ts makes them spaces). A term of fewer
 * than 3 characters has no trigram: FTS5 scans for it.
 */
export function copySearchSql(terms: number, limit: number): string {
  const likes = Array.from({ length: terms }, () => 'text LIKE ?').join(' AND ');
  return `SELECT rowid FROM copy_index WHERE ${likes} ORDER BY rowid LIMIT ${limit}`;
}

/** The LIKE pattern of a folded term. */
export function likePattern(needle: string): string {
  return `%${needle}%`;
}
