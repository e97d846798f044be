/** The pages of one query's results, as "more results" joins them. */
import { limits } from '../../../common/limits';
import type { SearchResults } from '../../../common/search';

/** How many hits one page of the panel lists; the answer's `total` counts every matching section. */
export const searchPageSize = 50;

/** The results shown for one query: its pages so far, joined. */
export interface ShownResults {
  /** The first page's titles, every page's hits in order, the newest page's counts. */
  readonly results: SearchResults;
  /** The offset the next page starts at: every hit answered so far, any repeated one included. */
  readonly next: number;
  /** Where the newest page's hits start in `results.hits` (0 for the first page). */
  readonly newestFrom: number;
  /** False once a page came back short of the limit: the search has nothing after it, whatever the counts say. */
  readonly full: boolean;
}

/** The first page of a query's results. */
export function firstPage(page: SearchResults, limit: number): ShownResults {
  return { results: page, next: page.hits.length, newestFrom: 0, full: page.hits.length >= limit };
}

/**
 * Appends the page that starts at `shown.next`. A section already shown is
 * not shown twice (the ranking may have moved between the two asks); the
 * counts are the newer page's, never fewer than the hits shown.
 */
export function appendPage(shown: ShownResults, page: SearchResults, limit: number): ShownResults {
  const listed = new Set(shown.results.hits.map(sectionKey));
  const added = page.hits.filter((hit) => !listed.has(sectionKey(hit)));
  const hits = [...shown.results.hits, ...added];
  return {
    results: {
      ...shown.results,
      hits,
      total: Math.max(page.total, hits.length),
      articles: Math.max(page.articles, new Set(hits.map((hit) => hit.articleId)).size),
      exact: page.exact,
    },
    next: shown.next + page.hits.length,
    newestFrom: shown.results.hits.length,
    full: page.hits.length >= limit,
  };
}

/** Whether "more results" may find more: the last page was full, and counting stopped or counted more than are shown. */
export function hasMorePages(shown: ShownResults): boolean {
  const { results } = shown;
  if (!shown.full || shown.next > limits.searchOffset) return false;
  return !results.exact || results.hits.length < results.total;
}

function sectionKey(hit: { readonly articleId: string; readonly sectionId: string }): string {
  return `${hit.articleId}/${hit.sectionId}`;
}
