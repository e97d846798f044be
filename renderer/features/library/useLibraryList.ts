import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../common/article';
import { limits } from '../../../common/limits';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { newestFirstRanges } from './pages';

/** The articles the panel shows, newest first, a page at a time; `total` is the whole library's count. */
export interface LibraryList {
  readonly status: 'loading' | 'ready' | 'error';
  readonly articles: readonly ArticleSummary[];
  readonly total: number;
  readonly loadError: string | null;
  readonly loadingMore: boolean;
  /** The next page, if any is left and none is on its way. */
  loadMore(): void;
  reload(): void;
  /** Takes a removed article out of the list at once (the library's change event reloads it soon after). */
  forget(id: string): void;
}

/** Articles one "more" asks for: a screenful or five, never the whole library (which may hold 170,000). */
export const pageSize = 100;

// An import changes the library up to ten times a second: one reload per half second is enough to follow it.
const reloadDelayMs = 500;

interface Loaded {
  readonly status: LibraryList['status'];
  readonly articles: readonly ArticleSummary[];
  readonly total: number;
  readonly loadError: string | null;
}

/** Loads the library's list while mounted, and reloads what it shows when the library changes. */
export function useLibraryList(): LibraryList {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', articles: [], total: 0, loadError: null });
  const [loadingMore, setLoadingMore] = useState(false);
  // Each load is tagged; an answer to any but the latest is dropped.
  const generation = useRef(0);
  const shown = useRef(loaded);
  useEffect(() => {
    shown.current = loaded;
  });

  /** Newest-first articles `skip` to `skip + count`; `total` is asked first unless known. */
  const fetchNewest = useCallback(
    async (skip: number, count: number, knownTotal: number | null) => {
      const total = knownTotal ?? (await api.listArticles({ offset: 0, limit: 1 })).total;
      const articles: ArticleSummary[] = [];
      let latestTotal = total;
      for (const range of newestFirstRanges(total, skip, count, limits.articlesPerPage)) {
        const page = await api.listArticles(range);
        articles.push(...[...page.articles].reverse());
        latestTotal = page.total;
      }
      return { articles, total: latestTotal };
    },
    [api],
  );

  // Reloads as many as are shown (at least a page), so "more" pages already opened stay open.
  const reload = useCallback(() => {
    // A "more" on its way is dropped with the rest: what it asked for is reloaded here.
    const tag = ++generation.current;
    const settle = (change: (old: Loaded) => Loaded) => {
      if (tag !== generation.current) return;
      setLoadingMore(false);
      setLoaded(change);
    };
    fetchNewest(0, Math.max(pageSize, shown.current.articles.length), null).then(
      ({ articles, total }) => settle(() => ({ status: 'ready', articles, total, loadError: null })),
      (error: unknown) => settle((old) => ({ ...old, status: 'error', loadError: errorMessage(error) })),
    );
  }, [fetchNewest]);

  const loadMore = useCallback(() => {
    const { status, articles, total } = shown.current;
    if (status !== 'ready' || loadingMore || articles.length >= total) return;
    const tag = generation.current;
    setLoadingMore(true);
    fetchNewest(articles.length, pageSize, total).then(
      (page) => {
        if (tag !== generation.current) return;
        setLoadingMore(false);
        // The library may have grown since the last load: an article met twice is listed once.
        setLoaded((old) => {
          const known = new Set(old.articles.map((article) => article.id));
          const added = page.articles.filter((article) => !known.has(article.id));
          return { ...old, articles: [...old.articles, ...added], total: page.total };
        });
      },
      (error: unknown) => {
        if (tag !== generation.current) return;
        setLoadingMore(false);
        setLoaded((old) => ({ ...old, status: 'error', loadError: errorMessage(error) }));
      },
    );
  }, [fetchNewest, loadingMore]);

  useEffect(() => {
    reload();
    // Unmounted: no answer on its way may set state any more.
    const tags = generation;
    return () => {
      tags.current++;
    };
  }, [reload]);

  // At most one reload per interval, at its end: a trailing debounce would wait for a long import to finish.
  const timer = useRef<number | undefined>(undefined);
  useReaderEvent('libraryChanged', () => {
    if (timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      reload();
    }, reloadDelayMs);
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const forget = useCallback((id: string) => {
    setLoaded((old) => {
      const articles = old.articles.filter((article) => article.id !== id);
      return articles.length === old.articles.length ? old : { ...old, articles, total: Math.max(0, old.total - 1) };
    });
  }, []);

  return { ...loaded, loadingMore, loadMore, reload, forget };
}
