/**
 * The import queue: one job at a time, each in its own worker thread, so an
 * import of a whole wiki never blocks the window or the API. Jobs report as
 * they go (at most ten times a second, from the worker), and the library
 * tells its listeners about the articles each report committed.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../common/envelope.js';
import type { ImportJob } from '../../common/imports.js';
import { maxListedProblems, queuedJob } from '../../common/imports.js';
import { quote } from '../../common/refusal.js';
import type { Library } from '../library/library.js';
import { maxReportedIds, type ImportFile } from './run.js';
import type { Uploads } from './uploads.js';
import type { WorkerJob, WorkerMessage } from './worker.js';
import { sourceWorker, type WorkerSpec } from '../workerSpec.js';

const importWorkerSource = sourceWorker(new URL('./worker.ts', import.meta.url));

export interface ImportJobs {
  start(uploadIds: readonly string[]): ImportJob;
  cancel(id: string): void;
  /** Running and queued jobs, then finished ones, newest first. */
  list(): ImportJob[];
  /** Calls `listener` with a job each time it changes. */
  onJob(listener: (job: ImportJob) => void): () => void;
  /** Cancels every job and waits for the running one to stop (at shutdown). */
  close(): Promise<void>;
}

export interface ImportJobsOptions {
  readonly dbFile: string;
  readonly library: Library;
  readonly uploads: Uploads;
  readonly worker?: WorkerSpec;
  readonly now?: () => Date;
}

/** Finished jobs kept for the list. */
const keptFinished = 10;
/**
 * The library tells its listeners about an import's articles at most this
 * often: each change makes the window reload what it shows (bookmarks, link
 * targets), which ten times a second would be work for nothing.
 */
const announceEveryMs = 1000;

export function createImportJobs({ dbFile, library, uploads, worker = importWorkerSource, now = () => new Date() }: ImportJobsOptions): ImportJobs {
  const jobs: ImportJob[] = [];
  const filesOf = new Map<string, readonly ImportFile[]>();
  const listeners = new Set<(job: ImportJob) => void>();
  let running: { id: string; thread: Worker; finished: Promise<void> } | null = null;
  let unannounced: string[] = [];
  let unannouncedMore = false;
  let announceTimer: NodeJS.Timeout | undefined;
  const announce = () => {
    clearTimeout(announceTimer);
    announceTimer = undefined;
    if (unannounced.length === 0 && !unannouncedMore) return;
    library.announce({ added: unannounced, removed: [], more: unannouncedMore });
    unannounced = [];
    unannouncedMore = false;
  };
  const committed = (ids: readonly string[], more: boolean) => {
    for (const id of ids) {
      if (unannounced.length < maxReportedIds) unannounced.push(id);
      else unannouncedMore = true;
    }
    unannouncedMore ||= more;
    announceTimer ??= setTimeout(announce, announceEveryMs);
  };

  const update = (id: string, change: Partial<ImportJob>) => {
    const index = jobs.findIndex((job) => job.id === id);
    const job = { ...(jobs[index] as ImportJob), ...change };
    jobs[index] = job;
    for (const listener of listeners) listener(job);
  };
  const finish = (id: string, change: Partial<ImportJob>) => {
    announce();
    update(id, { ...change, currentTitle: null, finishedAt: now().toISOString() });
    for (const file of filesOf.get(id) ?? []) uploads.release(file);
    filesOf.delete(id);
    const finished = jobs.filter((job) => job.finishedAt !== null);
    for (const old of finished.slice(0, Math.max(0, finished.length - keptFinished))) jobs.splice(jobs.indexOf(old), 1);
  };

  const next = () => {
    if (running) return;
    const job = jobs.find((candidate) => candidate.state === 'queued');
    if (!job) return;
    const files = filesOf.get(job.id) ?? [];
    const workerData: WorkerJob = { dbFile, files };
    const thread = new Worker(worker.url, { workerData, execArgv: [...worker.execArgv] });
    update(job.id, { state: 'running', startedAt: now().toISOString() });
    let ended = false;
    const end = (change: Partial<ImportJob>) => {
      if (ended) return;
      ended = true;
      finish(job.id, change);
    };
    thread.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        const { committed: ids, more, problems, ...figures } = message.progress;
        const listed = jobs.find((j) => j.id === job.id)?.problems ?? [];
        update(job.id, { ...figures, problems: [...listed, ...problems].slice(0, maxListedProblems) });
        if (ids.length > 0 || more) committed(ids, more);
      } else if (message.type === 'done') {
        end({ ...message.counts, state: message.cancelled ? 'cancelled' : 'done' });
      } else {
        end({ state: 'failed', error: message.error });
      }
    });
    thread.on('error', (error) => end({ state: 'failed', error: error.message.split('\n')[0] ?? '' }));
    const finished = new Promise<void>((resolve) => {
      thread.on('exit', () => {
        end({ state: 'failed', error: 'the import stopped unexpectedly' });
        running = null;
        resolve();
        next();
      });
    });
    running = { id: job.id, thread, finished };
  };

  return {
    start(uploadIds) {
      const files = uploads.take(uploadIds);
      const job = queuedJob(randomUUID(), files.map((file) => file.name));
      jobs.push(job);
      filesOf.set(job.id, files);
      for (const listener of listeners) listener(job);
      next();
      return jobs.find((j) => j.id === job.id) as ImportJob;
    },
    cancel(id) {
      const job = jobs.find((candidate) => candidate.id === id);
      if (!job) throw new ApiError('not-found', `id ${quote(id)} names no import`);
      if (job.state === 'queued') finish(id, { state: 'cancelled' });
      else if (job.state === 'running' && running?.id === id) running.thread.postMessage('cancel');
    },
    list() {
      const order = (job: ImportJob) => (job.finishedAt === null ? 0 : 1);
      return [...jobs].reverse().sort((a, b) => order(a) - order(b));
    },
    onJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      for (const job of jobs) if (job.state === 'queued') finish(job.id, { state: 'cancelled' });
      if (running) {
        running.thread.postMessage('cancel');
        await running.finished;
      }
    },
  };
}
