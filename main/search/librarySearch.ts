/**
 * Search that follows the library: queries go to the index of the articles
 * the library holds now. lunr cannot add a document to a built index, so a
 * change rebuilds it (fine for a few articles; the library database's own
 * index replaces this when imports arrive).
 */
import type { SearchOptions, SearchResults } from '../../common/search.js';
import type { Library } from '../library/library.js';
import { buildSearchIndex } from './build.js';
import { createSearch, type Search } from './search.js';

export interface LibrarySearch {
  search(query: string, options: SearchOptions): Promise<SearchResults>;
}

/** `built` is the index of the library as it opened (built with the app, so start-up does not index). */
export function createLibrarySearch(library: Library, built: Search): LibrarySearch {
  let current: Promise<Search> = Promise.resolve(built);
  library.onChange(() => {
    current = library.all().then((articles) => createSearch(articles, buildSearchIndex(articles)));
  });
  return {
    search: async (query, options) => (await current).search(query, options),
  };
}
