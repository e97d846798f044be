import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../common/search';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';

/** The answer to one query: its results, or why the search failed. */
export type SearchAnswer =
  | { readonly status: 'ready'; readonly query: string; readonly results: SearchResults }
  | { readonly status: 'failed'; readonly query: string; readonly message: string };

/** Where a search stands. */
export interface SearchState {
  /** The newest answer; while `pending`, it answers an earlier query (so the list does not flicker). */
  readonly answer: SearchAnswer | null;
  /** True until the current query is answered. */
  readonly pending: boolean;
}

/** How many hits the panel lists; the answer's `total` still counts every matching section. */
export const searchLimit = 50;

// Long enough that a fast typist sends one query per pause, short enough to feel instant.
const debounceMs = 120;

const idle: SearchState = { answer: null, pending: false };

/**
 * Searches as the query changes: debounced, and an answer to an older query
 * that arrives after a newer one was asked is dropped. An empty or blank
 * query asks nothing and answers nothing.
 */
export function useSearch(query: string): SearchState {
  const api = useApi();
  const wanted = query.trim();
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
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
      api.search(wanted, { limit: searchLimit }).then(
        (results) => live && setAnswer({ status: 'ready', query: wanted, results }),
        (error: unknown) => live && setAnswer({ status: 'failed', query: wanted, message: errorMessage(error) }),
      );
    }, debounceMs);
    // A newer query (or unmounting) makes this one stale, whether or not it was sent.
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, wanted]);

  if (wanted === '') return idle;
  return { answer, pending: answer?.query !== wanted };
}
