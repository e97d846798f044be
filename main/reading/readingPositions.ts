/**
 * Where the reader was in each article, in the library database, so each
 * article opens where it was left. Positions are written often (as the reader
 * scrolls): each is one small upsert.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ReadingPosition } from '../../common/reading.js';
import { writing } from '../db/open.js';

export interface ReadingPositionStore {
  get(articleId: string): ReadingPosition | null;
  /** The position in the article read last, of those the library still holds. */
  last(): ReadingPosition | null;
  set(position: ReadingPosition): Promise<void>;
}

/** A position as kept, and when it was read (ISO 8601). */
export interface StoredPosition {
  readonly sectionId: string;
  readonly progress: number;
  readonly readAt: string;
}

interface Row {
  article_id: string;
  section_id: string;
  progress: number;
}

export function createReadingPositionStore(db: DatabaseSync, now: () => Date = () => new Date()): ReadingPositionStore {
  const sql = {
    one: db.prepare('SELECT article_id, section_id, progress FROM reading_positions WHERE article_id = ?'),
    // Of articles still in the library; ties in time go to the later write (seq grows with every write).
    last: db.prepare(
      `SELECT p.article_id, p.section_id, p.progress FROM reading_positions AS p JOIN articles AS a ON a.id = p.article_id
       ORDER BY p.read_at DESC, p.seq DESC LIMIT 1`,
    ),
    put: db.prepare(
      `INSERT INTO reading_positions (article_id, section_id, progress, read_at, seq)
       VALUES (?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM reading_positions))
       ON CONFLICT (article_id) DO UPDATE SET section_id = excluded.section_id, progress = excluded.progress,
         read_at = excluded.read_at, seq = excluded.seq`,
    ),
  };
  const shown = (row: Row | undefined): ReadingPosition | null =>
    row ? { articleId: row.article_id, sectionId: row.section_id, progress: row.progress } : null;
  return {
    get: (articleId) => shown(sql.one.get(articleId) as Row | undefined),
    last: () => shown(sql.last.get() as Row | undefined),
    async set({ articleId, sectionId, progress }) {
      await writing(db, () => sql.put.run(articleId, sectionId, progress, now().toISOString()));
    },
  };
}

/** Puts positions kept elsewhere (an older Aksorn's data file) into the database, keeping any newer one already there. */
export function keepPositions(db: DatabaseSync, positions: Readonly<Record<string, StoredPosition>>): void {
  const put = db.prepare(
    `INSERT INTO reading_positions (article_id, section_id, progress, read_at, seq)
     VALUES (?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM reading_positions))
     ON CONFLICT (article_id) DO NOTHING`,
  );
  for (const [articleId, { sectionId, progress, readAt }] of Object.entries(positions)) put.run(articleId, sectionId, progress, readAt);
}
