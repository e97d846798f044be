/** Plain SQLite FTS5: a folded copy of the text with its own trigram index, each term LIKE '%t%', first k in rowid order. */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { copySearchSql, likePattern } from '../foldedCopy.js';
import { needlesOf } from '../folded.js';
import type { LibraryEngine } from './types.js';

export const fts5Engine: LibraryEngine = {
  libraryOrder: true,
  open({ copyFile }) {
    const db = new DatabaseSync(copyFile, { readOnly: true });
    const statements = new Map<string, StatementSync>();
    return {
      search(query, k) {
        const needles = needlesOf(query);
        if (needles.length === 0) return [];
        const sql = copySearchSql(needles.length, k);
        let statement = statements.get(sql);
        if (!statement) {
          statement = db.prepare(sql);
          statements.set(sql, statement);
        }
        return (statement.all(...needles.map(likePattern)) as { rowid: number }[]).map((row) => row.rowid);
      },
    };
  },
};
