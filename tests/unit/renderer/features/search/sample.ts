/** Small search answers for the renderer's search tests, built by hand. */
import type { ResolvedBookmark } from '../../../../../common/bookmarks';
import type { SearchHit, SearchResults } from '../../../../../common/search';
import type { BookmarkMatch } from '../../../../../renderer/features/search/bookmarkSearch';

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

/** A bookmark the query found in its note; `open` false: one that has no place to open (its article is gone). */
export function bookmarkMatch(id: string, open = true): BookmarkMatch {
  const bookmark: ResolvedBookmark = {
    id,
    kind: 'section',
    anchor: { articleId: 'a', sectionId: 's', paragraph: null, quote: null, context: '' },
    name: '',
    note: 'x',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: open ? 'ok' : 'missing',
    target: open ? { sectionId: 's', paragraph: null, start: null, end: null } : null,
    label: 's',
    articleTitle: 'A',
    articleMissing: !open,
    sectionHeading: open ? 's' : null,
    order: [0],
  };
  return { bookmark, ownWords: true, label: { pre: 's', match: '', post: '' }, snippet: { from: 'note', excerpt: { pre: '', match: 'x', post: '' } } };
}
