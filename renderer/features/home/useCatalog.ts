import { useCallback, useEffect, useRef, useState } from 'react';
import type { CatalogEntry, CatalogSort } from '../../../common/catalog';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { pagesOf, rowsPerPage, type RowRange } from './rows';

/** The library as the home list shows it: the rows of one sort and filter, fetched a page at a time as they come into view. */
export interface Catalog {
  /** `loading` until the first answer; the rows shown stay while a new sort or filter loads (`pending`). */
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  /** Rows the shown sort and filter list. */
  readonly total: number;
  readonly libraryTotal: number;
  /** The filter the shown rows answer (the field may be ahead of it while typing). */
  readonly filter: string;
  readonly pending: boolean;
  /** The row at `index`, once its page has come. */
  entry(index: number): CatalogEntry | undefined;
  /** Asks for the pages of the rows in view (those not yet asked). */
  want(range: RowRange): void;
  reload(): void;
}

interface Shown {
  readonly key: string;
  readonly filter: string;
  readonly total: number;
  readonly libraryTotal: number;
  readonly pages: ReadonlyMap<number, readonly CatalogEntry[]>;
}

// An import changes the library every second: one reload per half second follows it closely enough.
const reloadDelayMs = 500;

/**
 * Follows browseLibrary for a sort and a filter: a change of either asks for
 * the first page and shows it in place of the old rows when it comes;
 * further pages are asked as they scroll into view and kept; a change of the
 * library asks again for the pages in view. Answers to an older question are
 * dropped.
 */
export function useCatalog(sort: CatalogSort, filter: string): Catalog {
  const api = useApi();
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${sort}\n${filter}`;
  // Each question's generation; an answer to any but the newest is dropped.
  const generation = useRef(0);
  const asked = useRef(new Set<number>());
  const inView = useRef<RowRange>({ first: 0, last: rowsPerPage });

  /** Asks for pages; `fresh` answers replace every page shown (a new query, a reload), else they join them. */
  const fetchPages = useCallback(
    (pages: readonly number[], fresh: boolean) => {
      const tag = generation.current;
      for (const page of pages) asked.current.add(page);
      Promise.all(pages.map((page) => api.browseLibrary({ sort, filter, offset: page * rowsPerPage, limit: rowsPerPage }))).then(
        (answers) => {
          if (tag !== generation.current) return;
          setError(null);
          setShown((old) => {
            const kept = fresh || old?.key !== key ? new Map<number, readonly CatalogEntry[]>() : new Map(old.pages);
            answers.forEach((answer, i) => kept.set(pages[i] as number, answer.articles));
            const last = answers.at(-1);
            return { key, filter, total: last?.total ?? 0, libraryTotal: last?.libraryTotal ?? 0, pages: kept };
          });
        },
        (failure: unknown) => {
          if (tag !== generation.current) return;
          for (const page of pages) asked.current.delete(page);
          setError(errorMessage(failure));
        },
      );
    },
    [api, filter, key, sort],
  );

  const reload = useCallback(() => {
    generation.current++;
    asked.current = new Set();
    const pages = pagesOf(inView.current);
    fetchPages(pages.length > 0 ? pages : [0], true);
  }, [fetchPages]);

  // A new sort or filter starts from its first page (the list goes back to its top).
  useEffect(() => {
    inView.current = { first: 0, last: rowsPerPage };
    reload();
  }, [reload]);

  useEffect(() => {
    const tags = generation;
    return () => {
      tags.current++;
    };
  }, []);

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

  const current = shown?.key === key ? shown : null;
  const want = useCallback(
    (range: RowRange) => {
      inView.current = range;
      // While a new query's first page is on its way, the rows shown are the old query's: nothing to ask yet.
      if (!current) return;
      const missing = pagesOf(range).filter((page) => !asked.current.has(page));
      if (missing.length > 0) fetchPages(missing, false);
    },
    [current, fetchPages],
  );

  const entry = useCallback(
    (index: number) => shown?.pages.get(Math.floor(index / rowsPerPage))?.[index % rowsPerPage],
    [shown],
  );

  return {
    status: error !== null && !shown ? 'error' : shown ? 'ready' : 'loading',
    error,
    total: shown?.total ?? 0,
    libraryTotal: shown?.libraryTotal ?? 0,
    filter: shown?.filter ?? filter,
    pending: shown !== null && shown.key !== key,
    entry,
    want,
    reload,
  };
}
