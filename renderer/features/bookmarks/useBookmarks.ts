import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  Bookmark,
  BookmarkChange,
  BookmarkPatch,
  BookmarkPlace,
  ImportSummary,
  NewBookmark,
  ResolvedBookmark,
} from '../../../common/bookmarks';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { applyChange } from './listing';

/** The bookmarks as the main process lists them, and the calls that change them. */
export interface BookmarkData {
  /** Every bookmark, by article and document order; empty until loaded. */
  readonly list: readonly ResolvedBookmark[];
  readonly status: 'loading' | 'ready' | 'error';
  /** Why the last load failed, when it did. */
  readonly loadError: string | null;
  reload(): Promise<void>;
  add(bookmark: NewBookmark): Promise<BookmarkChange>;
  /** Main decides: bookmarks the place, or removes the bookmarks it has. */
  toggle(place: BookmarkPlace): Promise<BookmarkChange>;
  update(id: string, patch: BookmarkPatch): Promise<BookmarkChange>;
  /** Deletes; the change's `removed` is what `restore` takes back (undo). */
  remove(id: string): Promise<BookmarkChange>;
  restore(bookmarks: readonly Bookmark[]): Promise<BookmarkChange>;
  exportJson(): Promise<string>;
  importText(json: string): Promise<ImportSummary>;
}

/**
 * Owns the list of bookmarks. Every change goes to the main process, which
 * answers what it changed (re-anchored, with its place in the order); the
 * list is patched with that answer. A failed change, or an import, reloads
 * the whole list, so what the page shows is always what main has stored.
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

  // Whether a bookmark's article is there decides how it is listed (missing or not).
  useReaderEvent('libraryChanged', () => void reload());

  useEffect(() => {
    void reload();
    const counter = loads;
    return () => {
      // Unmounted: no answer may set state any more.
      counter.current++;
    };
  }, [reload]);

  /** Runs a change and patches the list with its answer; a failure (which may still have changed something) reloads. */
  const change = useCallback(
    async (call: () => Promise<BookmarkChange>): Promise<BookmarkChange> => {
      let answer: BookmarkChange;
      try {
        answer = await call();
      } catch (error) {
        await reload();
        throw error;
      }
      setList((old) => applyChange(old, answer));
      return answer;
    },
    [reload],
  );

  const importText = useCallback(
    async (json: string) => {
      try {
        return await api.importBookmarks(json);
      } finally {
        await reload();
      }
    },
    [api, reload],
  );

  return {
    list,
    status,
    loadError,
    reload,
    add: useCallback((bookmark) => change(() => api.addBookmark(bookmark)), [api, change]),
    toggle: useCallback((place) => change(() => api.toggleBookmark(place)), [api, change]),
    update: useCallback((id, patch) => change(() => api.updateBookmark(id, patch)), [api, change]),
    remove: useCallback((id) => change(() => api.deleteBookmark(id)), [api, change]),
    restore: useCallback((bookmarks) => change(() => api.restoreBookmarks(bookmarks)), [api, change]),
    exportJson: useCallback(() => api.exportBookmarks(), [api]),
    importText,
  };
}
