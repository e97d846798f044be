import type { SearchHit, SearchResults } from '../../../common/search';
import type { Translate } from '../../i18n/translate';

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

/** The panel's layout: hits grouped by article, and all of them in the order the groups show them. */
export interface GroupedHits {
  readonly groups: readonly ArticleGroup[];
  readonly hits: readonly SearchHit[];
}

/**
 * Groups hits (best first) by article: groups in the order of their best
 * hit, sections in score order within each. Arrow keys follow `hits`, which
 * is that same order, so the active result never jumps around on screen.
 */
export function groupByArticle(hits: readonly SearchHit[]): GroupedHits {
  const byArticle = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = byArticle.get(hit.articleId);
    if (group) group.push(hit);
    else byArticle.set(hit.articleId, [hit]);
  }
  let index = 0;
  const groups = [...byArticle].map(([articleId, members]) => ({
    articleId,
    articleTitle: members[0]?.articleTitle ?? '',
    hits: members.map((hit) => ({ hit, index: index++ })),
  }));
  return { groups, hits: groups.flatMap((group) => group.hits.map((listed) => listed.hit)) };
}

/** "N results", or "M results, showing the first N" when the list stops at the limit. */
export function countText(t: Translate, results: SearchResults): string {
  if (results.total > results.hits.length) {
    return t('searchCountPartial', { total: results.total, shown: results.hits.length });
  }
  return results.total === 1 ? t('searchCountOne') : t('searchCount', { count: results.total });
}
