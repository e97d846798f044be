/**
 * Search that follows the library. For now the engine is lunr, which cannot
 * add a document to a built index: the index of the bundled articles comes
 * built with the app, and after the library changes the next search indexes
 * the library again, its first `indexedArticles` articles only (lunr needs
 * 28 s and 1 GB for 1,000 articles). The library's own index, stored beside
 * the articles, replaces this with the search issue.
 */
import type { Article } from '../../common/article.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import type { Library } from '../library/library.js';
import { buildSearchIndex } from './build.js';
import { createSearch, type Search } from './search.js';

export interface LibrarySearch {
  search(query: string, options: SearchOptions): Promise<SearchResults>;
}

/** How many articles (in library order) the interim index covers. */
export const indexedArticles = 200;

/** Indexes the library's first `indexedArticles` articles, as they are now. */
export async function indexLibrary(library: Library): Promise<Search> {
  const { articles: listed } = await library.list(0, indexedArticles);
  const articles = (await Promise.all(listed.map(({ id }) => library.find(id)))).filter((a): a is Article => a !== undefined);
  return createSearch(articles, buildSearchIndex(articles));
}

/** `built` is the index of the library as it opened (built with the app, so start-up does not index). */
export function createLibrarySearch(library: Library, built: Search): LibrarySearch {
  let current: Promise<Search> = Promise.resolve(built);
  let stale = false;
  library.onChange(() => {
    stale = true;
  });
  return {
    async search(query, options) {
      if (stale) {
        stale = false;
        current = indexLibrary(library);
      }
      return (await current).search(query, options);
    },
  };
}
