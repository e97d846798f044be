/**
 * Search inside one article ("this article"): lunr, built for the article
 * when it is first searched and kept for the next keystrokes. Within one
 * article lunr's ranking (tiers, then its scores) is what the recall tests
 * measure; the library's search ranks by tier and library order instead
 * (library/sectionSearch.ts). The README gives the figures.
 */
import type { Article } from '../../common/article.js';
import type { SearchOptions } from '../../common/search.js';
import { buildSearchIndex } from './build.js';
import { createSearch, type ArticleHits, type Search } from './search.js';

/** Articles whose index is kept: the one being read, and a few before it. */
const keptArticles = 4;

export class ArticleSearch {
  private readonly kept = new Map<string, { readonly hash: string; readonly search: Search }>();

  /** `hashOf` changes when the article does (a re-import), so a kept index is rebuilt. */
  constructor(
    private readonly hashOf: (id: string) => string | undefined,
    private readonly find: (id: string) => Article | undefined,
  ) {}

  /** Undefined when the library has no such article. */
  search(articleId: string, query: string, options: Pick<SearchOptions, 'limit' | 'offset'>): ArticleHits | undefined {
    const hash = this.hashOf(articleId);
    if (hash === undefined) return undefined;
    let entry = this.kept.get(articleId);
    if (entry?.hash !== hash) {
      const article = this.find(articleId);
      if (!article) return undefined;
      entry = { hash, search: createSearch([article], buildSearchIndex([article])) };
    }
    // Most recently used last; the first is the one to forget.
    this.kept.delete(articleId);
    this.kept.set(articleId, entry);
    if (this.kept.size > keptArticles) this.kept.delete(this.kept.keys().next().value as string);
    return entry.search.search(query, options);
  }
}
