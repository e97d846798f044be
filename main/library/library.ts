/**
 * The articles the app can open. Today they live in memory (the bundled ones
 * and any added while the app runs); the interface is asynchronous because the
 * library database will answer it from disk.
 */
import type { Article, ArticleSummary } from '../../common/article.js';
import { ApiError } from '../../common/envelope.js';
import type { LibraryChange } from '../../common/events.js';
import { quote } from '../../common/refusal.js';
import { titleKey } from './title.js';

export interface Library {
  list(): Promise<readonly ArticleSummary[]>;
  /** The article with this id, or a `not-found` ApiError. */
  get(id: string): Promise<Article>;
  /** The article with this id, if the library has it. */
  find(id: string): Promise<Article | undefined>;
  /** Where the article stands in the library's order (undefined: not in the library). */
  position(id: string): Promise<number | undefined>;
  /** Every article, in library order. */
  all(): Promise<readonly Article[]>;
  /** Adds an article, or replaces the one with its id (a re-import). */
  add(article: Article): Promise<void>;
  /** Removes an imported article; bundled ones cannot be removed. */
  remove(id: string): Promise<void>;
  /** The article each title or alias names (by its key, main/library/title.ts), or null. */
  resolveTitles(titles: readonly string[]): Promise<(string | null)[]>;
  /** Calls `listener` after every change; answers a function that stops it. */
  onChange(listener: (change: LibraryChange) => void): () => void;
}

export function createLibrary(bundled: readonly Article[]): Library {
  const byId = new Map(bundled.map((article) => [article.id, article]));
  const bundledIds = new Set(byId.keys());
  const listeners = new Set<(change: LibraryChange) => void>();
  // Each article's place in the library order, worked out once after each change (bookmark listing asks per bookmark).
  let order: Map<string, number> | undefined;
  const emit = (change: LibraryChange) => {
    order = undefined;
    for (const listener of listeners) listener(change);
  };
  const summary = (article: Article): ArticleSummary => ({
    id: article.id,
    title: article.title,
    lang: article.lang,
    sectionCount: article.sections.length,
    source: 'bundled',
    size: 0,
    addedAt: new Date(0).toISOString(),
  });

  return {
    list: async () => [...byId.values()].map(summary),
    find: async (id) => byId.get(id),
    async get(id) {
      const article = byId.get(id);
      if (!article) throw new ApiError('not-found', `no article with id ${quote(id)}`);
      return article;
    },
    async position(id) {
      order ??= new Map([...byId.keys()].map((key, index) => [key, index]));
      return order.get(id);
    },
    all: async () => [...byId.values()],
    async add(article) {
      byId.set(article.id, article);
      emit({ added: [article.id], removed: [], more: false });
    },
    async remove(id) {
      if (bundledIds.has(id)) throw new ApiError('bad-request', `id ${quote(id)} names an article that comes with Aksorn and cannot be removed`);
      if (!byId.delete(id)) throw new ApiError('not-found', `no article with id ${quote(id)}`);
      emit({ added: [], removed: [id], more: false });
    },
    async resolveTitles(titles) {
      const byKey = new Map([...byId.values()].map((article) => [titleKey(article.title), article.id]));
      return titles.map((title) => byKey.get(titleKey(title)) ?? null);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
