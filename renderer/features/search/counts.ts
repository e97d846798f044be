/** What the results panel says of an answer: how many sections in how many articles, or how many titles; and how many bookmarks. */
import type { Language } from '../../../common/settings';
import type { SearchResults } from '../../../common/search';
import type { Translate } from '../../i18n/translate';
import { countText } from '../library/format';

/** The counts an answer carries: `exact` false means counting stopped at `total` ("more than"). */
export type SearchCounts = Pick<SearchResults, 'total' | 'articles' | 'exact'>;

/** "312 sections in 57 articles", or "More than 500 sections in at least 57 articles" when counting stopped. */
export function sectionsCountText(t: Translate, language: Language, { total, articles, exact }: SearchCounts): string {
  const params = {
    sections: countText(t, 'searchSectionsOne', 'searchSections', total, language),
    articles: countText(t, 'searchArticlesOne', 'searchArticles', articles, language),
  };
  return t(exact ? 'searchCount' : 'searchCountMore', params);
}

/**
 * The line above the results, also what is announced: the sections counted,
 * else (a query only a title or a redirect holds) the titles; then the
 * bookmarks found; null when nothing was found.
 */
export function summaryText(
  t: Translate,
  language: Language,
  results: SearchCounts & Pick<SearchResults, 'titles'>,
  bookmarks = 0,
): string | null {
  const parts: string[] = [];
  if (results.total > 0) parts.push(sectionsCountText(t, language, results));
  else if (results.titles.length > 0) parts.push(countText(t, 'searchTitleCountOne', 'searchTitleCount', results.titles.length, language));
  if (bookmarks > 0) parts.push(countText(t, 'searchBookmarkCountOne', 'searchBookmarkCount', bookmarks, language));
  return parts.length > 0 ? parts.join(' · ') : null;
}
