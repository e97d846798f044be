import { useEffect, useState } from 'react';
import type { FoundArticle } from '../../../common/find';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';

/** What quick open found for one query, or why it could not look. */
export type FoundAnswer =
  | { readonly status: 'ready'; readonly query: string; readonly articles: readonly FoundArticle[] }
  | { readonly status: 'failed'; readonly query: string; readonly message: string };

export interface FoundState {
  /** The newest answer; while `pending`, it answers an earlier query (so the list does not flicker). */
  readonly answer: FoundAnswer | null;
  /** True until the query as typed now is answered. */
  readonly pending: boolean;
  /** The query the answer will be for: what was typed, without the spaces around it. */
  readonly wanted: string;
}

/** Articles quick open lists at most. */
export const paletteLimit = 50;
// Lighter than the search box's 120 ms: a find answers in milliseconds, so a short pause is enough to skip keystrokes.
const debounceMs = 60;

/**
 * Asks main for the articles `query` names (common/find.ts) as it changes,
 * debounced; a blank query asks at once, for the articles read last. Only
 * the newest query's answer is kept: an older one arriving late is dropped.
 */
export function useFoundArticles(query: string): FoundState {
  const api = useApi();
  const wanted = query.trim();
  const [answer, setAnswer] = useState<FoundAnswer | null>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(
      () => {
        api.findArticles(wanted, { limit: paletteLimit }).then(
          (articles) => live && setAnswer({ status: 'ready', query: wanted, articles }),
          (error: unknown) => live && setAnswer({ status: 'failed', query: wanted, message: errorMessage(error) }),
        );
      },
      wanted === '' ? 0 : debounceMs,
    );
    // A newer query (or closing) makes this one stale, whether or not it was sent.
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, wanted]);

  return { answer, pending: answer?.query !== wanted, wanted };
}
