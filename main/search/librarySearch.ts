/**
 * Search that follows the library. For now the engine is lunr, which cannot
 * add a document to a built index: the index of the bundled articles comes
 * built with the app, and after the library changes the next search indexes
 * the library again, its first `indexedArticles` articles only (lunr needs
 * 28 s and 1 GB for 1,000 articles), and only when the change touched them:
 * an import that adds past them costs search nothing. The library's own
 * index, stored beside the articles, replaces this with the search issue.
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

/** Indexes the library's first `indexedArticles` articles, as they are now; answers the search and their ids. */
export async function indexLibrary(library: Library): Promise<{ search: Search; ids: ReadonlySet<string> }> {
  const { articles: listed } = await library.list(0, indexedArticles);
  const articles = (await Promise.all(listed.map(({ id }) => library.find(id)))).filter((a): a is Article => a !== undefined);
  return { search: createSearch(articles, buildSearchIndex(articles)), ids: new Set(articles.map((a) => a.id)) };
}

/** `built` is the index of the library as it opened (built with the app, so start-up does not index). */
export function createLibrarySearch(library: Library, built: Search): LibrarySearch {
  let current: Promise<Search> = Promise.resolve(built);
  // What the index holds; undefined until the first re-index (the built index holds the bundled articles only).
  let indexed: ReadonlySet<string> | undefined;
  let stale = false;
  library.onChange(({ added, removed }) => {
    const full = indexed !== undefined && indexed.size >= indexedArticles;
    const touches = (ids: readonly string[]) => ids.some((id) => indexed?.has(id));
    if (!full || touches(added) || touches(removed)) stale = true;
  });
  return {
    async search(query, options) {
      if (stale) {
        stale = false;
        current = indexLibrary(library).then(({ search, ids }) => {
          indexed = ids;
          return search;
        });
      }
      return (await current).search(query, options);
    },
  };
}
