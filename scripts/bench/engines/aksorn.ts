/** Aksorn's own engine, as the app uses it: the index is JSON, loaded with JSON.parse + createSearch. */
import type { ArticleHits } from '../../../main/search/search.js';
import { buildSearchIndex, type SearchIndexData } from '../../../main/search/build.js';
import { createSearch } from '../../../main/search/search.js';
import { sectionKey } from '../sections.js';
import type { BenchEngine, LoadedEngine } from './types.js';

export const aksornEngine: BenchEngine<SearchIndexData> = {
  name: 'aksorn',
  build: (articles) => buildSearchIndex(articles),
  serialize: (index) => JSON.stringify(index),
  load(articles, serialized) {
    if (serialized === undefined) throw new Error('aksorn needs its serialized index');
    const search = createSearch(articles, JSON.parse(serialized) as SearchIndexData);
    const loaded: LoadedEngine<ArticleHits> = {
      search: (query, limit) => search.search(query, { limit }),
      keys: (results) => results.hits.map((hit) => sectionKey(hit.articleId, hit.sectionId)),
    };
    return loaded;
  },
};
