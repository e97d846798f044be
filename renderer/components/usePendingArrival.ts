import { useCallback, useEffect, useRef } from 'react';
import type { Article } from '../../common/article';

/**
 * A place chosen in an article that is not open yet (a search hit, a
 * bookmark): `arrive` gets it once that article has loaded (and rendered), or
 * it is dropped when another article loads instead. Answers the function
 * that sets the place to wait for. Call it after the hooks whose effects place
 * a newly loaded article (the reading position), so the jump is the last word.
 */
export function usePendingArrival<Place extends { readonly articleId: string }>(
  article: Article | null,
  arrive: (article: Article, place: Place) => void,
): (place: Place) => void {
  const pending = useRef<Place | null>(null);
  const latestArrive = useRef(arrive);
  useEffect(() => {
    latestArrive.current = arrive;
  }, [arrive]);

  useEffect(() => {
    const place = pending.current;
    if (!article || !place) return;
    pending.current = null;
    if (place.articleId === article.id) latestArrive.current(article, place);
  }, [article]);

  return useCallback((place: Place) => {
    pending.current = place;
  }, []);
}
