/**
 * The catalog worker (worker_threads): keeps the library's orders for the
 * home view off the main thread, on its own read-only connection, so that
 * sorting 170,000 titles never holds up the window or the API. Messages are
 * handled one at a time, in order: a change told before a browse is in the
 * answer.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../../common/envelope.js';
import { Catalog } from './catalog.js';
import type { CatalogReply, CatalogRequest } from './messages.js';

export interface CatalogWorkerData {
  readonly dbFile: string;
}

const port = parentPort;
if (!port) throw new Error('the catalog worker runs as a worker thread');
const { dbFile } = workerData as CatalogWorkerData;
const catalog = new Catalog(new DatabaseSync(dbFile, { readOnly: true, timeout: 5000 }));

/**
 * A while after a change or a browse, with nothing else to do, the worker
 * takes the changes in and prepares the filter: a keystroke then costs the
 * filter's scan only. Changes come in bursts (an import tells of its articles
 * every second), hence the pause.
 */
const refreshAfterMs = 100;
let refreshTimer: NodeJS.Timeout | undefined;
const refreshSoon = () => {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => catalog.refresh(), refreshAfterMs);
};

port.on('message', (request: CatalogRequest) => {
  refreshSoon();
  if (request.type === 'changed') {
    catalog.changed(request.change);
    return;
  }
  let reply: CatalogReply;
  try {
    reply = { id: request.id, ok: true, page: catalog.browse(request.query) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      code: error instanceof ApiError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
