/**
 * What the search worker answers to one request: for a search, the engine's
 * results, or `superseded` when a newer as-you-type search has come (before it
 * started or while it ran); for quick open, the articles found; or the error
 * as the API carries it.
 */
import { ApiError } from '../../common/envelope.js';
import type { FindArticlesOptions, FoundArticle } from '../../common/find.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { SearchCancelled } from './library/sectionSearch.js';
import type { SearchEngine } from './searchEngine.js';

export interface SearchRequest {
  readonly kind?: 'search';
  readonly id: number;
  readonly query: string;
  readonly options: SearchOptions;
  /** Set for an as-you-type search: it is cancelled once a newer one's generation is the newest. */
  readonly generation?: number;
}

/** Quick open's request: never cancelled, it takes a few milliseconds (library/articleFinder.ts). */
export interface FindRequest {
  readonly kind: 'findArticles';
  readonly id: number;
  readonly query: string;
  readonly options: FindArticlesOptions;
}

export type WorkerRequest = SearchRequest | FindRequest;

type Reply<T> =
  | { readonly id: number; readonly ok: true; readonly value: T }
  | { readonly id: number; readonly ok: false; readonly code: ApiError['code']; readonly message: string };

export type SearchReply = Reply<SearchResults>;
export type FindReply = Reply<readonly FoundArticle[]>;
export type WorkerReply = SearchReply | FindReply;

export const supersededResults: SearchResults = { titles: [], hits: [], total: 0, articles: 0, exact: false, superseded: true };

export function answerRequest(engine: SearchEngine, request: WorkerRequest, newestGeneration: () => number): WorkerReply {
  return request.kind === 'findArticles' ? answerFind(engine, request) : answerSearch(engine, request, newestGeneration);
}

export function answerSearch(engine: SearchEngine, { id, query, options, generation }: SearchRequest, newestGeneration: () => number): SearchReply {
  const cancelled = () => generation !== undefined && newestGeneration() !== generation;
  try {
    return { id, ok: true, value: cancelled() ? supersededResults : engine.search(query, options, cancelled) };
  } catch (error) {
    if (error instanceof SearchCancelled) return { id, ok: true, value: supersededResults };
    return failed(id, error);
  }
}

export function answerFind(engine: SearchEngine, { id, query, options }: FindRequest): FindReply {
  try {
    return { id, ok: true, value: engine.findArticles(query, options) };
  } catch (error) {
    return failed(id, error);
  }
}

function failed(id: number, error: unknown): Reply<never> {
  if (error instanceof ApiError) return { id, ok: false, code: error.code, message: error.message };
  return { id, ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
