/** What a library holds and what its search indexes take on disk, from its tables and dbstat. */
import { DatabaseSync } from 'node:sqlite';
import { copyIndexTables } from './foldedCopy.js';

export interface LibrarySizes {
  readonly articles: number;
  readonly sections: number;
  readonly redirects: number;
  /** UTF-8 bytes of every section's heading and text: the plain text search reads. */
  readonly textBytes: number;
  readonly fileBytes: number;
  /** Aksorn's search index: section_grams, section_pairs, title_grams, alias_grams (with their shadow tables), by index. */
  readonly indexBytes: Readonly<Record<(typeof aksornIndexes)[number], number>>;
}

export const aksornIndexes = ['section_grams', 'section_pairs', 'title_grams', 'alias_grams'] as const;

function count(db: DatabaseSync, sql: string): number {
  return (db.prepare(sql).get() as { n: number | null }).n ?? 0;
}

/** Pages of the tables whose names start with `prefix_` (an FTS5 table's shadow tables). */
function tableBytes(db: DatabaseSync, prefix: string): number {
  return count(db, `SELECT sum(pgsize) AS n FROM dbstat WHERE name = '${prefix}' OR name LIKE '${prefix}\\_%' ESCAPE '\\'`);
}

export function librarySizes(dbFile: string): LibrarySizes {
  const db = new DatabaseSync(dbFile, { readOnly: true });
  try {
    return {
      articles: count(db, 'SELECT count(*) AS n FROM articles'),
      sections: count(db, 'SELECT count(*) AS n FROM sections'),
      redirects: count(db, 'SELECT count(*) AS n FROM aliases'),
      textBytes: count(db, 'SELECT sum(length(CAST(heading AS BLOB)) + length(CAST(text AS BLOB))) AS n FROM sections'),
      fileBytes: count(db, 'SELECT page_count * page_size AS n FROM pragma_page_count, pragma_page_size'),
      indexBytes: Object.fromEntries(aksornIndexes.map((name) => [name, tableBytes(db, name)])) as LibrarySizes['indexBytes'],
    };
  } finally {
    db.close();
  }
}

/** The FTS5 engine's copy: its trigram index, and the folded text it keeps beside the library. */
export function copySizes(copyFile: string): { readonly indexBytes: number; readonly copyBytes: number } {
  const db = new DatabaseSync(copyFile, { readOnly: true });
  try {
    const names = copyIndexTables.map((name) => `'${name}'`).join(',');
    return { indexBytes: count(db, `SELECT sum(pgsize) AS n FROM dbstat WHERE name IN (${names})`), copyBytes: count(db, "SELECT sum(pgsize) AS n FROM dbstat WHERE name = 'folded'") };
  } finally {
    db.close();
  }
}
