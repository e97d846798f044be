/**
 * What the API fuzz runs against: the real API table over the unit tests'
 * sample article and the bundled seed article, its state in a real conf
 * store and library database, with ids and clock made deterministic so a
 * run replays exactly.
 */
import Conf from 'conf';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ReaderApi } from '../../../common/api.js';
import type { Article } from '../../../common/article.js';
import { sectionDocuments } from '../../../main/library/sections.js';
import { readArticleSource } from '../../../main/library/source.js';
import { assembleCore } from '../../../main/core.js';
import { createNoticeBoard } from '../../../main/notices.js';
import { placeBundled } from '../../../main/library/library.js';
import { persistedDefaults, type PersistedState } from '../../../main/store/schema.js';
import { openUserData } from '../../../main/userData.js';
import { seedArticle } from '../../seed.js';
import { sampleArticle } from '../../unit/fixtures.js';

/** A place that can be bookmarked, with its paragraph's text (for passage ranges). */
export interface Place {
  readonly articleId: string;
  readonly sectionId: string;
  /** null: the section itself. */
  readonly paragraph: number | null;
  readonly text: string;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The articles the fuzz reads from: the small sample (an empty section, a lead) and the real bundled one. */
export function fuzzArticles(): readonly Article[] {
  return [sampleArticle, readArticleSource(join(root, seedArticle.path))];
}

/** Every section and paragraph of the articles. */
export function placesOf(articles: readonly Article[]): readonly Place[] {
  return articles.flatMap((article) =>
    sectionDocuments(article).flatMap(({ articleId, sectionId, paragraphs }) => [
      { articleId, sectionId, paragraph: null, text: paragraphs[0] ?? '' },
      ...paragraphs.map((text, paragraph) => ({ articleId, sectionId, paragraph, text })),
    ]),
  );
}

export interface World {
  readonly api: ReaderApi;
  /**
   * Everything persisted, as one JSON text: the settings file with the
   * bookmarks and reading positions of the database beside it, each row as
   * stored. Two snapshots are equal when nothing persisted changed.
   */
  snapshot(): Buffer;
  /** Back to the default state, ids and clock from the start: every fuzz run starts here. */
  reset(): void;
}

/** The API over `articles`, its state kept in `userDataDir`. */
export function createWorld(userDataDir: string, articles: readonly Article[]): World {
  const notices = createNoticeBoard();
  const { store, db, close } = openUserData({ Store: Conf, dir: userDataDir, notices, program: 'the fuzz', checkEveryMs: 0 });
  placeBundled(db, articles, new Date(0));
  const bookmarkRows = db.prepare('SELECT body FROM bookmarks ORDER BY rowid');
  const positionRows = db.prepare('SELECT article_id, section_id, progress, read_at FROM reading_positions ORDER BY article_id');
  let ids = 0;
  let ticks = 0;
  // A minute a call, from a fixed start: readAt and createdAt order as the calls do.
  const now = () => new Date(Date.UTC(2026, 0, 1) + 60_000 * ticks++);
  const newId = () => `00000000-0000-4000-8000-${(ids++).toString(16).padStart(12, '0')}`;
  const { api } = assembleCore({ store, db, notices, userDataDir, close, now, newId });
  return {
    api,
    snapshot() {
      const file = JSON.parse(readFileSync(join(userDataDir, 'config.json'), 'utf8')) as object;
      const bookmarks = (bookmarkRows.all() as { body: string }[]).map((row) => JSON.parse(row.body) as unknown);
      const readingPositions = Object.fromEntries(
        (positionRows.all() as { article_id: string; section_id: string; progress: number; read_at: string }[]).map((row) => [
          row.article_id,
          { sectionId: row.section_id, progress: row.progress, readAt: row.read_at },
        ]),
      );
      return Buffer.from(JSON.stringify({ ...file, bookmarks, readingPositions }));
    },
    reset() {
      for (const key of Object.keys(persistedDefaults) as (keyof PersistedState)[]) store.set(key, persistedDefaults[key]);
      db.exec('DELETE FROM bookmarks; DELETE FROM reading_positions');
      ids = 0;
      ticks = 0;
    },
  };
}
