/** The articles the app can open, answered from memory. */
import { ApiError, type Article, type ArticleSummary } from '../contract.js';

export interface Library {
  list(): readonly ArticleSummary[];
  /** The article with this id, or a `not-found` ApiError. */
  get(id: string): Article;
  /** The article with this id, if the library has it. */
  find(id: string): Article | undefined;
}

export function createLibrary(articles: readonly Article[]): Library {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const summaries: readonly ArticleSummary[] = articles.map((article) => ({
    id: article.id,
    title: article.title,
    lang: article.lang,
    sectionCount: article.sections.length,
  }));
  return {
    list: () => summaries,
    find: (id) => byId.get(id),
    get(id) {
      const article = byId.get(id);
      if (!article) throw new ApiError('not-found', `no article with id "${id}"`);
      return article;
    },
  };
}
