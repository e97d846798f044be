import { useCallback, useEffect, useRef } from 'react';
import type { Article } from '../../../common/article';
import type { SearchHit } from '../../../common/search';

/**
 * A search hit chosen in an article that is not open yet: `show` gets it once
 * that article has loaded (and rendered), or it is dropped when another
 * article loads instead. Answers the function that sets the hit to wait for.
 * Call it after the hooks whose effects place a newly loaded article (the
 * reading position), so the jump to the hit is the last word.
 */
export function usePendingHit(article: Article | null, show: (article: Article, hit: SearchHit) => void): (hit: SearchHit) => void {
  const pending = useRef<SearchHit | null>(null);
  const latestShow = useRef(show);
  useEffect(() => {
    latestShow.current = show;
  }, [show]);

  useEffect(() => {
    const hit = pending.current;
    if (!article || !hit) return;
    pending.current = null;
    if (hit.articleId === article.id) latestShow.current(article, hit);
  }, [article]);

  return useCallback((hit: SearchHit) => {
    pending.current = hit;
  }, []);
}
