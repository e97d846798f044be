/**
 * One search, as the search worker runs it on its own connection to the
 * library: the articles a query names (titles and redirects), then the
 * sections that hold it, across the library or inside one article. And quick
 * open's list of articles by title, recently read first.
 */
import type { DatabaseSync } from 'node:sqlite';
import { ApiError } from '../../common/envelope.js';
import type { FindArticlesOptions, FoundArticle } from '../../common/find.js';
import { limits } from '../../common/limits.js';
import { quote } from '../../common/refusal.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { ArticleRows } from '../library/articleRows.js';
import { ArticleSearch } from './articleSearch.js';
import { ArticleFinder } from './library/articleFinder.js';
import { sectionHit } from './library/hits.js';
import { SectionSearch, type SectionSearchOptions } from './library/sectionSearch.js';
import { TitleSearch } from './library/titleSearch.js';
import { parseQuery, type QueryTerm } from './query.js';
import { defaultSearchLimit } from './search.js';
import type { QueryWords } from './library/tiers.js';

export interface SearchEngine {
  /** `cancelled` is asked now and then; when it answers true the search throws SearchCancelled. */
  search(query: string, options: SearchOptions, cancelled?: () => boolean): SearchResults;
  /** Quick open (library/articleFinder.ts). */
  findArticles(query: string, options: FindArticlesOptions): FoundArticle[];
}

const nothing: SearchResults = { titles: [], hits: [], total: 0, articles: 0, exact: true, superseded: false };

export function queryWords(terms: readonly QueryTerm[]): QueryWords {
  return { words: terms.flatMap((term) => term.words), typing: terms.at(-1)?.words.at(-1) };
}

export function createSearchEngine(db: DatabaseSync, options: SectionSearchOptions = {}): SearchEngine {
  const rows = new ArticleRows(db);
  const titles = new TitleSearch(db);
  const sections = new SectionSearch(db, options);
  const finder = new ArticleFinder(db);
  const inArticle = new ArticleSearch(
    (id) => rows.hashOf(id),
    (id) => rows.find(id),
  );
  return {
    search(query, { limit: wanted, offset = 0, scope = 'library' }, cancelled) {
      const terms = parseQuery(query);
      if (terms.length === 0) return nothing;
      const limit = Math.min(wanted ?? defaultSearchLimit, limits.searchHits);
      if (scope !== 'library') {
        const found = inArticle.search(scope.article, query, { limit, offset });
        if (!found) throw new ApiError('not-found', `options.scope.article: no article with id ${quote(scope.article)}`);
        return { ...nothing, hits: found.hits, total: found.total, articles: found.total > 0 ? 1 : 0 };
      }
      const page = sections.search({ terms, words: queryWords(terms), offset, limit, cancelled });
      return {
        titles: offset === 0 ? titles.search(terms) : [],
        hits: page.sections.map((section) => sectionHit(section, terms)),
        total: page.total,
        articles: page.articles,
        exact: page.exact,
        superseded: false,
      };
    },
    findArticles: (query, { limit }) => finder.find(query, limit),
  };
}
