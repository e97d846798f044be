/**
 * The import worker (worker_threads): runs one import job off the main
 * thread, on its own connection to the library database, so the window and
 * the API keep answering while a whole wiki imports. Main sends "cancel";
 * the worker sends progress, then "done" or "failed".
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open.js';
import { readItems } from './readers.js';
import { runImport, type ImportCounts, type ImportFile, type ImportProgress } from './run.js';

export interface WorkerJob {
  readonly dbFile: string;
  readonly files: readonly ImportFile[];
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly counts: ImportCounts; readonly cancelled: boolean }
  | { readonly type: 'failed'; readonly error: string };

const port = parentPort;
if (!port) throw new Error('the import worker runs as a worker thread');
const { dbFile, files } = workerData as WorkerJob;
const controller = new AbortController();
port.on('message', (message) => {
  if (message === 'cancel') controller.abort();
});
const send = (message: WorkerMessage) => port.postMessage(message);

const db = openDatabase({ file: dbFile });
try {
  const counts = await runImport({ db, files, read: readItems, signal: controller.signal, onProgress: (progress) => send({ type: 'progress', progress }) });
  send({ type: 'done', counts, cancelled: controller.signal.aborted });
} catch (error) {
  send({ type: 'failed', error: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' });
} finally {
  db.close();
  port.close();
}
