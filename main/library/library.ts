/**
 * The articles the app can open, kept in the library database: each call
 * reads what it needs and nothing is loaded whole, so the library answers
 * the same with 10 articles or 170,000. The interface is asynchronous for the
 * API; the rows underneath are synchronous.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article, ArticleSource, ArticleSummary } from '../../common/article.js';
import { ApiError } from '../../common/envelope.js';
import type { LibraryChange } from '../../common/events.js';
import { quote } from '../../common/refusal.js';
import { inTransaction, writing } from '../db/open.js';
import { ArticleRows, type WriteOutcome } from './articleRows.js';
import { RemovedShelf } from './removedShelf.js';

export interface LibraryPage {
  readonly articles: readonly ArticleSummary[];
  /** How many articles the library holds in all. */
  readonly total: number;
}

export interface Library {
  /** Articles in library order (the order they entered it), `limit` from `offset`. */
  list(offset: number, limit: number): Promise<LibraryPage>;
  /** The article with this id, or a `not-found` ApiError. */
  get(id: string): Promise<Article>;
  /** The article with this id, if the library has it. */
  find(id: string): Promise<Article | undefined>;
  /** Where the article stands in the library's order (undefined: not in the library). */
  position(id: string): Promise<number | undefined>;
  /** Adds one article, or updates in place the one with its title (a re-import). */
  add(article: Article, from?: { source: ArticleSource; origin: string }): Promise<WriteOutcome>;
  /** Removes an imported article; bundled ones cannot be removed. It is kept in memory for a while, for `restore`. */
  remove(id: string): Promise<void>;
  /** Undo of a remove: the article comes back as it was (removedShelf.ts says for how long it can). */
  restore(id: string): Promise<void>;
  /** The title a removed article had, while it is gone (undefined: it is in the library, or never was). */
  removedTitle(id: string): Promise<string | undefined>;
  /** The article each title or alias names (by its key, main/library/title.ts), or null. */
  resolveTitles(titles: readonly string[]): Promise<(string | null)[]>;
  /** Tells the listeners of a change made elsewhere (an import's worker writes the database itself). */
  announce(change: LibraryChange): void;
  /** Calls `listener` after every change; answers a function that stops it. */
  onChange(listener: (change: LibraryChange) => void): () => void;
}

export interface LibraryOptions {
  readonly db: DatabaseSync;
  readonly now?: () => Date;
  /** Where removed articles wait for an undo (tests pass one with their own clock). */
  readonly removed?: RemovedShelf;
}

export function createLibrary({ db, now = () => new Date(), removed = new RemovedShelf() }: LibraryOptions): Library {
  const rows = new ArticleRows(db);
  const listeners = new Set<(change: LibraryChange) => void>();
  const announce = (change: LibraryChange) => {
    for (const listener of listeners) listener(change);
  };

  return {
    async list(offset, limit) {
      return { articles: rows.page(offset, limit), total: rows.count() };
    },
    find: async (id) => rows.find(id),
    async get(id) {
      const article = rows.find(id);
      if (!article) throw new ApiError('not-found', `no article with id ${quote(id)}`);
      return article;
    },
    position: async (id) => rows.position(id),
    async add(article, from = { source: 'text', origin: article.id }) {
      const outcome = await writing(db, () => rows.write(article, { ...from, now: now() }));
      if (outcome.kind === 'imported' || outcome.kind === 'updated') announce({ added: [outcome.id], removed: [], more: false });
      return outcome;
    },
    async remove(id) {
      const kind = rows.kindOf(id);
      if (kind === 'bundled') throw new ApiError('bad-request', `id ${quote(id)} names an article that comes with Aksorn and cannot be removed`);
      const taken = kind && (await writing(db, () => {
        const kept = rows.rowsOf(id);
        return kept && rows.remove(id) ? kept : undefined;
      }));
      if (!taken) throw new ApiError('not-found', `no article with id ${quote(id)}`);
      removed.keep(taken);
      announce({ added: [], removed: [id], more: false });
    },
    async restore(id) {
      const kept = removed.take(id);
      if (!kept) throw new ApiError('not-found', `no removed article with id ${quote(id)} can be restored (only the last few removals can be undone, for a while)`);
      const outcome = await writing(db, () => rows.putBack(kept)).catch((error: unknown) => {
        removed.putBack(kept);
        throw error;
      });
      if (outcome.kind === 'refused') throw new ApiError('bad-request', `the article cannot be restored: ${outcome.reason}`);
      announce({ added: [id], removed: [], more: false });
    },
    removedTitle: async (id) => rows.removedTitle(id),
    resolveTitles: async (titles) => titles.map((title) => rows.resolve(title)),
    announce,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Puts the articles that ship with Aksorn into the library, or brings them up
 * to this version's text. One indexed lookup per bundled article when nothing
 * changed, so it costs nothing at start.
 */
export function placeBundled(db: DatabaseSync, articles: readonly Article[], now: Date): void {
  const rows = new ArticleRows(db);
  inTransaction(db, () => {
    for (const article of articles) {
      const outcome = rows.write(article, { source: 'bundled', origin: 'Aksorn', now });
      if (outcome.kind === 'refused') throw new Error(`the bundled article ${article.id} cannot be placed: ${outcome.reason}`);
    }
  });
}
