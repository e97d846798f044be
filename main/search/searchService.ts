/**
 * Main's side of the search worker: sends each search to it and answers
 * the promise when it replies. The worker starts with the first search and
 * starts again after it dies (the searches it held fail, the next ones run).
 */
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../common/envelope.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { sourceWorker, type WorkerSpec } from '../workerSpec.js';
import type { SearchReply, SearchRequest } from './answer.js';
import type { SearchWorkerData } from './worker.js';

export interface SearchService {
  search(query: string, options: SearchOptions): Promise<SearchResults>;
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  readonly dbFile: string;
  readonly worker?: WorkerSpec;
}

const searchWorkerSource = sourceWorker(new URL('./worker.ts', import.meta.url));

interface Pending {
  resolve(results: SearchResults): void;
  reject(error: Error): void;
}

export function createSearchService({ dbFile, worker = searchWorkerSource }: SearchServiceOptions): SearchService {
  const generation = new SharedArrayBuffer(4);
  const newest = new Int32Array(generation);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let thread: Worker | undefined;

  const start = (): Worker => {
    const workerData: SearchWorkerData = { dbFile, generation };
    const started = new Worker(worker.url, { workerData, execArgv: [...worker.execArgv] });
    // An idle worker does not keep the process alive; close() ends it.
    started.unref();
    started.on('message', (reply: SearchReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.results);
      else waiting?.reject(new ApiError(reply.code, reply.message));
    });
    const fail = (error: Error) => {
      if (thread === started) thread = undefined;
      for (const waiting of pending.values()) waiting.reject(new ApiError('internal', `the search worker stopped: ${error.message}`));
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    return started;
  };

  return {
    search(query, options) {
      thread ??= start();
      const id = nextId++;
      // An as-you-type search takes the next generation, which cancels the one before it.
      const request: SearchRequest = options.asYouType ? { id, query, options, generation: Atomics.add(newest, 0, 1) + 1 } : { id, query, options };
      return new Promise<SearchResults>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread?.postMessage(request);
      });
    },
    async close() {
      const stopping = thread;
      thread = undefined;
      await stopping?.terminate();
    },
  };
}
