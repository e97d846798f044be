/**
 * What the search worker answers to one request: the engine's results, or
 * `superseded` when a newer as-you-type search has come (before it started
 * or while it ran), or the error as the API carries it.
 */
import { ApiError } from '../../common/envelope.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { SearchCancelled } from './library/sectionSearch.js';
import type { SearchEngine } from './searchEngine.js';

export interface SearchRequest {
  readonly id: number;
  readonly query: string;
  readonly options: SearchOptions;
  /** Set for an as-you-type search: it is cancelled once a newer one's generation is the newest. */
  readonly generation?: number;
}

export type SearchReply =
  | { readonly id: number; readonly ok: true; readonly results: SearchResults }
  | { readonly id: number; readonly ok: false; readonly code: ApiError['code']; readonly message: string };

export const supersededResults: SearchResults = { titles: [], hits: [], total: 0, articles: 0, exact: false, superseded: true };

export function answerSearch(engine: SearchEngine, { id, query, options, generation }: SearchRequest, newestGeneration: () => number): SearchReply {
  const cancelled = () => generation !== undefined && newestGeneration() !== generation;
  try {
    return { id, ok: true, results: cancelled() ? supersededResults : engine.search(query, options, cancelled) };
  } catch (error) {
    if (error instanceof SearchCancelled) return { id, ok: true, results: supersededResults };
    if (error instanceof ApiError) return { id, ok: false, code: error.code, message: error.message };
    return { id, ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
