/**
 * The search worker (worker_threads): answers searches, and quick open's
 * finds, off the main thread, on its own read-only connection to the library,
 * so a search never holds up the window or the API. Requests are answered one
 * at a time, in order.
 *
 * A newer as-you-type search cancels the one in progress: main raises the
 * shared generation, and the search in progress, which asks between
 * candidates, stops and answers `superseded` (answer.ts).
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { answerRequest, type WorkerRequest } from './answer.js';
import { createSearchEngine } from './searchEngine.js';

export interface SearchWorkerData {
  readonly dbFile: string;
  /** Int32Array of one: the generation of the newest as-you-type search. */
  readonly generation: SharedArrayBuffer;
}

const port = parentPort;
if (!port) throw new Error('the search worker runs as a worker thread');
const { dbFile, generation } = workerData as SearchWorkerData;
const newest = new Int32Array(generation);
const engine = createSearchEngine(new DatabaseSync(dbFile, { readOnly: true, timeout: 5000 }));

port.on('message', (request: WorkerRequest) => {
  port.postMessage(answerRequest(engine, request, () => Atomics.load(newest, 0)));
});
