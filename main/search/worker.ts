/**
 * The search worker (worker_threads): answers searches off the main thread,
 * on its own read-only connection to the library, so a search never holds up
 * the window or the API. Requests are answered one at a time, in order.
 *
 * A newer as-you-type search cancels the one in progress: main raises the
 * shared generation, and the search in progress, which asks between
 * candidates, stops and answers `superseded`.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../common/envelope.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { SearchCancelled } from './library/sectionSearch.js';
import { createSearchEngine } from './searchEngine.js';

export interface SearchWorkerData {
  readonly dbFile: string;
  /** Int32Array of one: the generation of the newest as-you-type search. */
  readonly generation: SharedArrayBuffer;
}

export interface SearchRequest {
  readonly id: number;
  readonly query: string;
  readonly options: SearchOptions;
  /** Set for an as-you-type search: cancelled once the shared generation passes it. */
  readonly generation?: number;
}

export type SearchReply =
  | { readonly id: number; readonly ok: true; readonly results: SearchResults }
  | { readonly id: number; readonly ok: false; readonly code: ApiError['code']; readonly message: string };

const superseded: SearchResults = { titles: [], hits: [], total: 0, articles: 0, exact: false, superseded: true };

const port = parentPort;
if (!port) throw new Error('the search worker runs as a worker thread');
const { dbFile, generation } = workerData as SearchWorkerData;
const newest = new Int32Array(generation);
const db = new DatabaseSync(dbFile, { readOnly: true, timeout: 5000 });
const engine = createSearchEngine(db);

port.on('message', ({ id, query, options, generation: mine }: SearchRequest) => {
  const reply = (message: SearchReply) => port.postMessage(message);
  const cancelled = () => mine !== undefined && Atomics.load(newest, 0) !== mine;
  try {
    reply({ id, ok: true, results: cancelled() ? superseded : engine.search(query, options, cancelled) });
  } catch (error) {
    if (error instanceof SearchCancelled) reply({ id, ok: true, results: superseded });
    else if (error instanceof ApiError) reply({ id, ok: false, code: error.code, message: error.message });
    else reply({ id, ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
});
