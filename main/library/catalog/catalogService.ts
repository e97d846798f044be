/**
 * Main's side of the catalog worker: sends each browse to it, and each
 * change of the library, so its orders stay in step. The worker starts with
 * the first browse (opening the app costs nothing more with 170,000
 * articles) and starts afresh after it dies.
 */
import { Worker } from 'node:worker_threads';
import type { BrowseQuery, CatalogPage } from '../../../common/catalog.js';
import { ApiError } from '../../../common/envelope.js';
import { sourceWorker, type WorkerSpec } from '../../workerSpec.js';
import type { Library } from '../library.js';
import type { CatalogReply, CatalogRequest } from './messages.js';
import type { CatalogWorkerData } from './worker.js';

export interface CatalogService {
  browse(query: BrowseQuery): Promise<CatalogPage>;
  close(): Promise<void>;
}

export interface CatalogServiceOptions {
  readonly dbFile: string;
  /** Whose changes the worker follows. */
  readonly library: Pick<Library, 'onChange'>;
  readonly worker?: WorkerSpec;
}

const catalogWorkerSource = sourceWorker(new URL('./worker.ts', import.meta.url));

interface Pending {
  resolve(page: CatalogPage): void;
  reject(error: Error): void;
}

export function createCatalogService({ dbFile, library, worker = catalogWorkerSource }: CatalogServiceOptions): CatalogService {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let thread: Worker | undefined;

  const start = (): Worker => {
    const workerData: CatalogWorkerData = { dbFile };
    const started = new Worker(worker.url, { workerData, execArgv: [...worker.execArgv] });
    // An idle worker does not keep the process alive; close() ends it.
    started.unref();
    started.on('message', (reply: CatalogReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.page);
      else waiting?.reject(new ApiError(reply.code, reply.message));
    });
    const fail = (error: Error) => {
      if (thread === started) thread = undefined;
      for (const waiting of pending.values()) waiting.reject(new ApiError('internal', `the catalog worker stopped: ${error.message}`));
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    return started;
  };

  // A worker not started has nothing to keep in step: it reads the library as it is when it starts.
  const stopFollowing = library.onChange((change) => {
    const request: CatalogRequest = { type: 'changed', change };
    thread?.postMessage(request);
  });

  return {
    browse(query) {
      thread ??= start();
      const request: CatalogRequest = { type: 'browse', id: nextId++, query };
      return new Promise<CatalogPage>((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        thread?.postMessage(request);
      });
    },
    async close() {
      stopFollowing();
      const stopping = thread;
      thread = undefined;
      await stopping?.terminate();
    },
  };
}
