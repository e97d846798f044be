/**
 * Main's side of the search worker: sends each search (and each quick-open
 * find) to it and answers the promise when it replies. The worker starts
 * with the first request and starts again after it dies (the requests it
 * held fail, the next ones run).
 */
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../common/envelope.js';
import type { FindArticlesOptions, FoundArticle } from '../../common/find.js';
import type { SearchOptions, SearchResults } from '../../common/search.js';
import { sourceWorker, type WorkerSpec } from '../workerSpec.js';
import type { WorkerReply, WorkerRequest } from './answer.js';
import type { SearchWorkerData } from './worker.js';

export interface SearchService {
  search(query: string, options: SearchOptions): Promise<SearchResults>;
  findArticles(query: string, options: FindArticlesOptions): Promise<readonly FoundArticle[]>;
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  readonly dbFile: string;
  readonly worker?: WorkerSpec;
}

const searchWorkerSource = sourceWorker(new URL('./worker.ts', import.meta.url));

interface Pending {
  /** The reply's value, of the kind the request asked for (answer.ts pairs them). */
  resolve(value: unknown): void;
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
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.value);
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

  const ask = <T>(request: (id: number) => WorkerRequest): Promise<T> => {
    thread ??= start();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      thread?.postMessage(request(id));
    });
  };

  return {
    search(query, options) {
      // An as-you-type search takes the next generation, which cancels the one before it.
      const generation = options.asYouType ? Atomics.add(newest, 0, 1) + 1 : undefined;
      return ask<SearchResults>((id) => (generation === undefined ? { id, query, options } : { id, query, options, generation }));
    },
    findArticles(query, options) {
      return ask<readonly FoundArticle[]>((id) => ({ kind: 'findArticles', id, query, options }));
    },
    async close() {
      const stopping = thread;
      thread = undefined;
      await stopping?.terminate();
    },
  };
}
