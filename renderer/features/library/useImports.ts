import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJob } from '../../../common/imports';
import { limits } from '../../../common/limits';
import { errorMessage, stageFile } from '../../api';
import { useLanguage, useT } from '../../i18n/useT';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { countText, formatCount } from './format';
import { isFinished, mergeJob, stateText, summaryText } from './jobs';

/** The file being handed to main now: the n-th of the files dropped or chosen together. */
export interface Staging {
  readonly index: number;
  readonly count: number;
  readonly name: string;
}

/** A failure outside the jobs: a file that could not be staged, an import that would not start, a cancel refused. */
export type ImportError =
  | { readonly kind: 'stage'; readonly file: string; readonly message: string }
  | { readonly kind: 'start' | 'cancel'; readonly message: string };

/** Imports as the window shows them. */
export interface Imports {
  /** Jobs to show: running and queued ones, and those this window saw finish, until dismissed. */
  readonly jobs: readonly ImportJob[];
  /** The running job, else the first queued one: what the header indicator follows. */
  readonly current: ImportJob | null;
  readonly staging: Staging | null;
  readonly errors: readonly ImportError[];
  /** Stages the files one after another (uploads can be large), then starts one import of them all. */
  start(files: readonly File[]): void;
  cancel(jobId: string): void;
  /** Hides a finished job's summary. */
  dismiss(jobId: string): void;
  dismissErrors(): void;
}

/**
 * Follows the import queue (listImports once, then `importProgress` events)
 * and starts imports of files; `announce` tells screen readers of an import
 * started or ended.
 */
export function useImports(announce: (text: string) => void): Imports {
  const api = useApi();
  const t = useT();
  const language = useLanguage();
  const [jobs, setJobs] = useState<readonly ImportJob[]>([]);
  // Jobs already over when the window opened, and summaries dismissed: not shown.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [staging, setStaging] = useState<Staging | null>(null);
  const [errors, setErrors] = useState<readonly ImportError[]>([]);
  const known = useRef<readonly ImportJob[]>([]);
  // Files dropped while others are still being sent wait their turn.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const setKnown = useCallback((next: readonly ImportJob[]) => {
    known.current = next;
    setJobs(next);
  }, []);

  const announceEnd = useCallback(
    (job: ImportJob) => {
      const summary = summaryText(job, t, (count) => formatCount(count, language));
      announce(t('importEnded', { state: stateText(job, t), summary }));
    },
    [announce, language, t],
  );

  /** Takes a job in from an event or an answer; says so when it has just ended. */
  const receive = useCallback(
    (job: ImportJob) => {
      const old = known.current.find((candidate) => candidate.id === job.id);
      const next = mergeJob(known.current, job);
      setKnown(next);
      if (isFinished(job) && old !== undefined && !isFinished(old)) announceEnd(job);
    },
    [announceEnd, setKnown],
  );

  useEffect(() => {
    let live = true;
    api.listImports().then(
      (listed) => {
        if (!live) return;
        // Events that came in meanwhile are newer than the listing: theirs stand.
        const fresh = listed.filter((job) => !known.current.some((seen) => seen.id === job.id));
        setHidden((old) => new Set([...old, ...fresh.filter(isFinished).map((job) => job.id)]));
        setKnown(fresh.reduce<readonly ImportJob[]>((all, job) => mergeJob(all, job), known.current));
      },
      // Without the listing the window still follows the jobs' events; nothing to tell the reader.
      (error: unknown) => console.warn(`[aksorn] could not list the imports: ${errorMessage(error)}`),
    );
    return () => {
      live = false;
    };
  }, [api, setKnown]);

  useReaderEvent('importProgress', ({ job }) => {
    const old = known.current.find((candidate) => candidate.id === job.id);
    receive(job);
    // A job that starts and ends between two reports (a small file) is first heard of finished.
    if (old === undefined && isFinished(job)) announceEnd(job);
  });

  const run = useCallback(
    async (files: readonly File[]) => {
      const uploads: string[] = [];
      const failed: ImportError[] = [];
      for (const [index, file] of files.entries()) {
        setStaging({ index: index + 1, count: files.length, name: file.name });
        try {
          uploads.push(await stageFile(file));
        } catch (error) {
          failed.push({ kind: 'stage', file: file.name, message: errorMessage(error) });
        }
      }
      setStaging(null);
      if (uploads.length > 0) {
        try {
          const job = await api.startImport(uploads);
          receive(job);
          announce(countText(t, 'importStartedOne', 'importStarted', uploads.length, language));
        } catch (error) {
          failed.push({ kind: 'start', message: errorMessage(error) });
        }
      }
      if (failed.length > 0) setErrors((old) => [...old, ...failed]);
    },
    [announce, api, language, receive, t],
  );

  const start = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      if (files.length > limits.filesPerImport) {
        setErrors((old) => [...old, { kind: 'start', message: t('importTooManyFiles', { max: limits.filesPerImport }) }]);
        return;
      }
      setErrors([]);
      queue.current = queue.current.then(() => run(files));
    },
    [run, t],
  );

  const cancel = useCallback(
    (jobId: string) => {
      api.cancelImport(jobId).catch((error: unknown) => {
        setErrors((old) => [...old, { kind: 'cancel', message: errorMessage(error) }]);
      });
    },
    [api],
  );

  const dismiss = useCallback((jobId: string) => setHidden((old) => new Set([...old, jobId])), []);
  const dismissErrors = useCallback(() => setErrors([]), []);

  const shownJobs = jobs.filter((job) => !hidden.has(job.id));
  const current = jobs.find((job) => job.state === 'running') ?? jobs.find((job) => job.state === 'queued') ?? null;
  return { jobs: shownJobs, current, staging, errors, start, cancel, dismiss, dismissErrors };
}
