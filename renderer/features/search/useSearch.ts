import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchOptions } from '../../../common/search';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { appendPage, firstPage, hasMorePages, searchPageSize, type ShownResults } from './pages';

/** The answer to one query in one scope: its results so far, or why the search failed. */
export type SearchAnswer =
  | { readonly status: 'ready'; readonly key: string; readonly query: string; readonly shown: ShownResults }
  | { readonly status: 'failed'; readonly key: string; readonly query: string; readonly message: string };

/** Where a search stands. */
export interface SearchState {
  /** The newest answer; while `pending`, it answers an earlier query (so the list does not flicker). */
  readonly answer: SearchAnswer | null;
  /** True until the current query is answered. */
  readonly pending: boolean;
  /** "More results" may find more for the query as it stands. */
  readonly hasMore: boolean;
  /** A "more results" page is on its way. */
  readonly loadingMore: boolean;
  /** Why the last "more results" failed (asking again may work), or null. */
  readonly moreError: string | null;
  /** Asks for the next page and appends it; does nothing while one is on its way, or when there is none. */
  more(): void;
}

// Long enough that a fast typist sends one query per pause, short enough to feel instant.
const debounceMs = 120;

/** A "more results" page asked for: which one, for which query, and how it went. */
interface MoreRequest {
  readonly id: number;
  readonly key: string;
  readonly error: string | null;
}

/** What names a query in a scope: an answer belongs to it. */
function searchKey(query: string, articleId: string | null): string {
  return JSON.stringify([articleId, query]);
}

function optionsFor(articleId: string | null, offset = 0): SearchOptions {
  // As you type, every search: a newer one (another keystroke, another scope) cancels this one in main.
  return { limit: searchPageSize, offset, scope: articleId === null ? 'library' : { article: articleId }, asYouType: true };
}

/**
 * Searches as the query changes, in the whole library (`articleId` null) or
 * in one article: debounced, and an answer that a newer query made stale
 * (dropped here, or `superseded` in main) never replaces the newer one's. An
 * empty or blank query asks nothing and answers nothing. "More results"
 * appends the next page to the answer; a new query starts again from the first.
 */
export function useSearch(query: string, articleId: string | null): SearchState {
  const api = useApi();
  const wanted = query.trim();
  const key = searchKey(wanted, articleId);
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [moreRequest, setMoreRequest] = useState<MoreRequest | null>(null);
  const moreIds = useRef(0);
  const [lastWanted, setLastWanted] = useState(wanted);

  // Emptying the box forgets the old answer, so the next query does not start from unrelated results.
  if (wanted !== lastWanted) {
    setLastWanted(wanted);
    if (wanted === '') setAnswer(null);
  }

  useEffect(() => {
    if (wanted === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.search(wanted, optionsFor(articleId)).then(
        (results) => {
          if (!live || results.superseded) return;
          setAnswer({ status: 'ready', key, query: wanted, shown: firstPage(results, searchPageSize) });
          setMoreRequest(null);
        },
        (error: unknown) => live && setAnswer({ status: 'failed', key, query: wanted, message: errorMessage(error) }),
      );
    }, debounceMs);
    // A newer query (or unmounting) makes this one stale, whether or not it was sent.
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, key, wanted, articleId]);

  const pending = wanted !== '' && answer?.key !== key;
  const shown = !pending && answer?.status === 'ready' ? answer.shown : null;
  const hasMore = shown !== null && hasMorePages(shown);
  const ownMore = moreRequest?.key === key ? moreRequest : null;
  const loadingMore = ownMore !== null && ownMore.error === null;

  const more = useCallback(() => {
    if (!shown || !hasMore || loadingMore) return;
    const id = ++moreIds.current;
    const offset = shown.next;
    setMoreRequest({ id, key, error: null });
    // Each settles only the request it answers; a page lands only on the answer it continues.
    const settle = (error: string | null) => setMoreRequest((old) => (old?.id !== id ? old : error === null ? null : { ...old, error }));
    api.search(wanted, optionsFor(articleId, offset)).then(
      (page) => {
        settle(null);
        if (page.superseded) return;
        setAnswer((old) =>
          old?.status === 'ready' && old.key === key && old.shown.next === offset
            ? { ...old, shown: appendPage(old.shown, page, searchPageSize) }
            : old,
        );
      },
      (error: unknown) => settle(errorMessage(error)),
    );
  }, [api, shown, hasMore, loadingMore, key, wanted, articleId]);

  if (wanted === '') return { answer: null, pending: false, hasMore: false, loadingMore: false, moreError: null, more };
  return { answer, pending, hasMore, loadingMore, moreError: ownMore?.error ?? null, more };
}
