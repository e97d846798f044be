/** Import jobs as the renderer keeps them: merged from listImports and progress events, timed, summed up. */
import type { ImportJob } from '../../../common/imports';
import type { MessageKey } from '../../i18n/th';
import type { Translate } from '../../i18n/translate';

/** Done, cancelled or failed: the job will not change again. */
export function isFinished(job: ImportJob): boolean {
  return job.state === 'done' || job.state === 'cancelled' || job.state === 'failed';
}

/**
 * The list with `job` in it (replacing its older copy), in `orderJobs`
 * order. A finished copy is never replaced by an unfinished one: events and a
 * listing can cross, and a job never starts again.
 */
export function mergeJob(jobs: readonly ImportJob[], job: ImportJob): ImportJob[] {
  const old = jobs.find((candidate) => candidate.id === job.id);
  if (!old) return orderJobs([...jobs, job]);
  if (isFinished(old) && !isFinished(job)) return [...jobs];
  // In place, so a queued job keeps its turn.
  return orderJobs(jobs.map((candidate) => (candidate === old ? job : candidate)));
}

/** The running job, then the queued ones in the order they will run, then the finished ones, the last to finish first. */
export function orderJobs(jobs: readonly ImportJob[]): ImportJob[] {
  const rank = (job: ImportJob) => (job.state === 'running' ? 0 : job.state === 'queued' ? 1 : 2);
  // Array order breaks ties: a job listed later was queued later.
  const indexed = jobs.map((job, index) => ({ job, index }));
  indexed.sort((a, b) => {
    const byRank = rank(a.job) - rank(b.job);
    if (byRank !== 0) return byRank;
    if (isFinished(a.job)) return (b.job.finishedAt ?? '').localeCompare(a.job.finishedAt ?? '') || b.index - a.index;
    return a.index - b.index;
  });
  return indexed.map(({ job }) => job);
}

/** How fast a job goes: share of bytes read, articles per second, seconds left; null where it cannot be told yet. */
export interface ImportPace {
  /** 0..1, or null while the size of the files is unknown. */
  readonly fraction: number | null;
  readonly articlesPerSecond: number | null;
  readonly secondsLeft: number | null;
}

/** Articles the job has written: new ones and ones updated. */
export function articlesDone(job: ImportJob): number {
  return job.imported + job.updated;
}

// Under a second in, a rate is noise; the estimate needs a little reading behind it too.
const minElapsedSeconds = 1;

/** The share of its bytes a job has read, 0..1; null while their size is unknown. */
export function bytesFraction(job: ImportJob): number | null {
  return job.bytesTotal > 0 ? Math.min(1, Math.max(0, job.bytesRead / job.bytesTotal)) : null;
}

/** The pace of a job at `now` (ms since the epoch): rates from its start time, the time left from the bytes still to read. */
export function importPace(job: ImportJob, now: number): ImportPace {
  const fraction = bytesFraction(job);
  const started = job.startedAt === null ? Number.NaN : Date.parse(job.startedAt);
  const elapsed = (now - started) / 1000;
  if (job.state !== 'running' || !(elapsed >= minElapsedSeconds)) return { fraction, articlesPerSecond: null, secondsLeft: null };
  const articlesPerSecond = articlesDone(job) / elapsed;
  const secondsLeft =
    fraction !== null && job.bytesRead > 0 ? (elapsed * (job.bytesTotal - job.bytesRead)) / job.bytesRead : null;
  return { fraction, articlesPerSecond, secondsLeft };
}

/** The counts of a finished job, in the order the summary says them; unchanged and aliases only when there are any. */
export function summaryCounts(job: ImportJob): { readonly key: MessageKey; readonly count: number }[] {
  const counts: { key: MessageKey; count: number; always: boolean }[] = [
    { key: 'summaryImported', count: job.imported, always: true },
    { key: 'summaryUpdated', count: job.updated, always: true },
    { key: 'summaryUnchanged', count: job.unchanged, always: false },
    { key: 'summaryAliases', count: job.aliases, always: false },
    { key: 'summarySkipped', count: job.skipped, always: true },
  ];
  return counts.filter(({ count, always }) => always || count > 0).map(({ key, count }) => ({ key, count }));
}

/** "นำเข้า 120 · ปรับปรุง 3 · ข้าม 2" / "120 imported · 3 updated · 2 skipped". */
export function summaryText(job: ImportJob, t: Translate, formatNumber: (count: number) => string): string {
  return summaryCounts(job)
    .map(({ key, count }) => t(key, { count: formatNumber(count) }))
    .join(' · ');
}

const stateKeys: { readonly [S in ImportJob['state']]: MessageKey } = {
  queued: 'importQueued',
  running: 'importRunning',
  done: 'importDone',
  cancelled: 'importCancelled',
  failed: 'importFailed',
};

/** The job's state in words ("นำเข้าเสร็จแล้ว"). */
export function stateText(job: ImportJob, t: Translate): string {
  return t(stateKeys[job.state]);
}
