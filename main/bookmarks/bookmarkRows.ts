/**
 * The bookmarks as rows of the library database: each change is one
 * transaction that writes only the bookmarks it touches, however many the
 * reader has.
 */
import type { DatabaseSync } from 'node:sqlite';
import { bookmarkSchema, type Bookmark } from '../../common/bookmarks.js';
import { writing } from '../db/open.js';

export class BookmarkRows {
  private readonly sql;

  constructor(private readonly db: DatabaseSync) {
    this.sql = {
      all: db.prepare('SELECT id, body FROM bookmarks ORDER BY rowid'),
      one: db.prepare('SELECT body FROM bookmarks WHERE id = ?'),
      count: db.prepare('SELECT count(*) AS n FROM bookmarks'),
      insert: db.prepare('INSERT OR IGNORE INTO bookmarks (id, article_id, created_at, body) VALUES (?, ?, ?, ?)'),
      update: db.prepare('UPDATE bookmarks SET body = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM bookmarks WHERE id = ?'),
    };
  }

  /** Every bookmark; a row that no longer reads as one is left out and logged, never lost. */
  all(): Bookmark[] {
    const found: Bookmark[] = [];
    for (const row of this.sql.all.iterate() as Iterable<{ id: string; body: string }>) {
      const bookmark = readBookmark(row.body);
      if (bookmark) found.push(bookmark);
      else console.error(`[aksorn] bookmark ${JSON.stringify(row.id)} in the library cannot be read; it is left as it is`);
    }
    return found;
  }

  get(id: string): Bookmark | undefined {
    const row = this.sql.one.get(id) as { body: string } | undefined;
    return row ? readBookmark(row.body) : undefined;
  }

  count(): number {
    return (this.sql.count.get() as { n: number }).n;
  }

  /** Adds them all in one transaction; one whose id is taken already is left out (undo may arrive twice). */
  async insert(bookmarks: readonly Bookmark[]): Promise<void> {
    if (bookmarks.length === 0) return;
    await writing(this.db, () => this.put(bookmarks));
  }

  /** Adds them inside the caller's transaction (at start-up, before anything else writes). */
  put(bookmarks: readonly Bookmark[]): void {
    for (const b of bookmarks) this.sql.insert.run(b.id, b.anchor.articleId, b.createdAt, JSON.stringify(b));
  }

  async update(bookmark: Bookmark): Promise<void> {
    await writing(this.db, () => this.sql.update.run(JSON.stringify(bookmark), bookmark.id));
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await writing(this.db, () => {
      for (const id of ids) this.sql.remove.run(id);
    });
  }
}

function readBookmark(body: string): Bookmark | undefined {
  try {
    const parsed = bookmarkSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
