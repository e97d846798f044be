import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  Bookmark,
  BookmarkExportFormat,
  ImportSummary,
  NewBookmark,
  ResolvedBookmark,
} from '../../../main/contract';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';

/** The bookmarks as the main process lists them, and the calls that change them. */
export interface BookmarkData {
  /** Every bookmark, by article and document order; empty until loaded. */
  readonly list: readonly ResolvedBookmark[];
  readonly status: 'loading' | 'ready' | 'error';
  /** Why the last load failed, when it did. */
  readonly loadError: string | null;
  reload(): Promise<void>;
  add(bookmark: NewBookmark): Promise<ResolvedBookmark>;
  update(id: string, patch: { readonly name?: string; readonly note?: string }): Promise<ResolvedBookmark>;
  /** Deletes and answers what was deleted, for undo. */
  remove(id: string): Promise<Bookmark>;
  restore(bookmark: Bookmark): Promise<ResolvedBookmark>;
  exportText(format: BookmarkExportFormat): Promise<string>;
  importText(json: string): Promise<ImportSummary>;
}

/**
 * Owns the list of bookmarks. Every change goes to the main process, which
 * re-anchors and orders them; the list is then fetched again rather than
 * patched here, so what the page shows is always what main has stored.
 */
export function useBookmarks(): BookmarkData {
  const api = useApi();
  const [list, setList] = useState<readonly ResolvedBookmark[]>([]);
  const [status, setStatus] = useState<BookmarkData['status']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  // Each load is numbered: an older answer arriving after a newer one is dropped.
  const loads = useRef(0);

  const reload = useCallback((): Promise<void> => {
    const mine = ++loads.current;
    return api.listBookmarks().then(
      (bookmarks) => {
        if (loads.current !== mine) return;
        setList(bookmarks);
        setStatus('ready');
        setLoadError(null);
      },
      (error: unknown) => {
        if (loads.current !== mine) return;
        setStatus('error');
        setLoadError(errorMessage(error));
      },
    );
  }, [api]);

  useEffect(() => {
    void reload();
    const counter = loads;
    return () => {
      // Unmounted: no answer may set state any more.
      counter.current++;
    };
  }, [reload]);

  /**
   * Runs a change, then reloads the list whether it worked or not (a failure
   * may still have changed something); settles once the new list is in, so a
   * caller that reads the list next reads it changed.
   */
  const change = useCallback(
    async <T>(call: () => Promise<T>): Promise<T> => {
      try {
        return await call();
      } finally {
        await reload();
      }
    },
    [reload],
  );

  return {
    list,
    status,
    loadError,
    reload,
    add: useCallback((bookmark) => change(() => api.addBookmark(bookmark)), [api, change]),
    update: useCallback((id, patch) => change(() => api.updateBookmark(id, patch)), [api, change]),
    remove: useCallback((id) => change(() => api.deleteBookmark(id)), [api, change]),
    restore: useCallback((bookmark) => change(() => api.restoreBookmark(bookmark)), [api, change]),
    exportText: useCallback((format) => api.exportBookmarks(format), [api]),
    importText: useCallback((json) => change(() => api.importBookmarks(json)), [api, change]),
  };
}
