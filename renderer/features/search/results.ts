import type { SearchHit, TitleMatch } from '../../../common/search';
import type { BookmarkMatch } from './bookmarkSearch';

/** One entry of the results list: an article named by the query, a bookmark that holds it, or a section that does. */
export type ResultItem =
  | { readonly kind: 'title'; readonly title: TitleMatch }
  | { readonly kind: 'bookmark'; readonly match: BookmarkMatch }
  | { readonly kind: 'hit'; readonly hit: SearchHit };

/** A title match with its place in the panel's one keyboard order. */
export interface ListedTitle {
  readonly title: TitleMatch;
  readonly index: number;
}

/** A bookmark with its place in the panel's one keyboard order. */
export interface ListedBookmark {
  readonly match: BookmarkMatch;
  readonly index: number;
}

/** A hit with its place in the panel's one keyboard order. */
export interface ListedHit {
  readonly hit: SearchHit;
  readonly index: number;
}

/** The hits of one article, best first. */
export interface ArticleGroup {
  readonly articleId: string;
  readonly articleTitle: string;
  readonly hits: readonly ListedHit[];
}

/** The panel's layout: the articles a query names, the bookmarks, then the hits grouped by article; `items` is all of it in the order shown. */
export interface ResultsLayout {
  readonly titles: readonly ListedTitle[];
  readonly bookmarks: readonly ListedBookmark[];
  readonly groups: readonly ArticleGroup[];
  readonly items: readonly ResultItem[];
}

/**
 * Lays out the results: the title matches first, then the bookmarks (in the
 * order found), then the hits (best first) grouped by article, groups in the
 * order of their best hit and sections in score order within each. The arrow
 * keys follow `items`, which is that same order, so the active result never
 * jumps around on screen.
 */
export function layoutResults(titles: readonly TitleMatch[], bookmarks: readonly BookmarkMatch[], hits: readonly SearchHit[]): ResultsLayout {
  const byArticle = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = byArticle.get(hit.articleId);
    if (group) group.push(hit);
    else byArticle.set(hit.articleId, [hit]);
  }
  let index = 0;
  const listedTitles = titles.map((title) => ({ title, index: index++ }));
  const listedBookmarks = bookmarks.map((match) => ({ match, index: index++ }));
  const groups = [...byArticle].map(([articleId, members]) => ({
    articleId,
    articleTitle: members[0]?.articleTitle ?? '',
    hits: members.map((hit) => ({ hit, index: index++ })),
  }));
  const items: ResultItem[] = [
    ...titles.map((title) => ({ kind: 'title' as const, title })),
    ...bookmarks.map((match) => ({ kind: 'bookmark' as const, match })),
    ...groups.flatMap((group) => group.hits.map(({ hit }) => ({ kind: 'hit' as const, hit }))),
  ];
  return { titles: listedTitles, bookmarks: listedBookmarks, groups, items };
}

/** What names an item across answers: the active result stays active when "more results" adds some around it. */
export function itemKey(item: ResultItem): string {
  switch (item.kind) {
    case 'title':
      return `title:${item.title.articleId}`;
    case 'bookmark':
      return `bookmark:${item.match.bookmark.id}`;
    case 'hit':
      return `hit:${item.hit.articleId}/${item.hit.sectionId}`;
  }
}

/** Whether choosing the item leads somewhere: a bookmark whose place is gone (or whose article is) does not. */
export function canChoose(item: ResultItem): boolean {
  return item.kind !== 'bookmark' || item.match.bookmark.target !== null;
}
