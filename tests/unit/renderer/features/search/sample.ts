/** Small search answers for the renderer's search tests, built by hand. */
import type { SearchHit, SearchResults } from '../../../../../common/search';

/** A hit in `articleId`'s section `sectionId`; the article's title is its id in capitals. */
export function hit(articleId: string, sectionId: string): SearchHit {
  return {
    articleId,
    articleTitle: articleId.toUpperCase(),
    sectionId,
    heading: sectionId,
    score: 1,
    excerpt: { pre: '', match: 'x', post: '' },
    matches: [{ paragraph: 0, start: 0, end: 1 }],
  };
}

/** An answer holding `hits`; counts as given (exact unless said). */
export function answer(hits: readonly SearchHit[], counts: Partial<SearchResults> = {}): SearchResults {
  return {
    titles: [],
    hits,
    total: hits.length,
    articles: new Set(hits.map((h) => h.articleId)).size,
    exact: true,
    superseded: false,
    ...counts,
  };
}

/** `count` hits in distinct sections of `articleId`, numbered from `from`. */
export function hitsIn(articleId: string, count: number, from = 0): SearchHit[] {
  return Array.from({ length: count }, (_, index) => hit(articleId, `s${from + index}`));
}
