import { describe, expect, it } from 'vitest';
import { queuedJob, type ImportJob } from '../../../../../common/imports';
import {
  articlesDone,
  bytesFraction,
  importPace,
  isFinished,
  mergeJob,
  orderJobs,
  stateText,
  summaryCounts,
  summaryText,
} from '../../../../../renderer/features/library/jobs';
import { formatCount } from '../../../../../renderer/features/library/format';
import { en } from '../../../../../renderer/i18n/en';
import { th } from '../../../../../renderer/i18n/th';
import { translator } from '../../../../../renderer/i18n/translate';

const start = Date.parse('2026-03-01T10:00:00.000Z');

function job(id: string, fields: Partial<ImportJob> = {}): ImportJob {
  return { ...queuedJob(id, ['a.txt']), state: 'running', startedAt: new Date(start).toISOString(), ...fields };
}

const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();

describe('isFinished', () => {
  it('is true for done, cancelled and failed only', () => {
    expect(['queued', 'running', 'done', 'cancelled', 'failed'].map((state) => isFinished(job('j', { state: state as ImportJob['state'] })))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('orderJobs', () => {
  it('puts the running job first, then the queued ones in queue order, then the finished ones, last finished first', () => {
    const jobs = [
      job('old', { state: 'done', finishedAt: at(10) }),
      job('q1', { state: 'queued', startedAt: null }),
      job('new', { state: 'cancelled', finishedAt: at(50) }),
      job('run'),
      job('q2', { state: 'queued', startedAt: null }),
    ];
    expect(orderJobs(jobs).map((j) => j.id)).toEqual(['run', 'q1', 'q2', 'new', 'old']);
  });
});

describe('mergeJob', () => {
  it('adds a job it has not seen', () => {
    expect(mergeJob([job('a')], job('b', { state: 'queued', startedAt: null })).map((j) => j.id)).toEqual(['a', 'b']);
  });

  it('replaces the older copy of a job', () => {
    const merged = mergeJob([job('a', { bytesRead: 5 })], job('a', { bytesRead: 50 }));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.bytesRead).toBe(50);
  });

  it('keeps a queued job in its turn when it is updated', () => {
    const jobs = [job('run'), job('q1', { state: 'queued', startedAt: null }), job('q2', { state: 'queued', startedAt: null })];
    expect(mergeJob(jobs, job('q1', { state: 'queued', startedAt: null, files: ['x'] })).map((j) => j.id)).toEqual(['run', 'q1', 'q2']);
  });

  it('never lets a late report of a running job undo its end', () => {
    const finished = job('a', { state: 'done', imported: 3, finishedAt: at(5) });
    const merged = mergeJob([finished], job('a', { imported: 2 }));
    expect(merged).toEqual([finished]);
  });

  it('moves a job that ends below the running one', () => {
    const jobs = [job('a'), job('b', { state: 'queued', startedAt: null })];
    const merged = mergeJob(jobs, job('a', { state: 'done', finishedAt: at(9) }));
    expect(merged.map((j) => [j.id, j.state])).toEqual([
      ['b', 'queued'],
      ['a', 'done'],
    ]);
  });
});

describe('bytesFraction and importPace', () => {
  it('has no fraction while the size is unknown', () => {
    expect(bytesFraction(job('a', { bytesRead: 10, bytesTotal: 0 }))).toBeNull();
    expect(bytesFraction(job('a', { bytesRead: 25, bytesTotal: 100 }))).toBe(0.25);
  });

  it('counts the articles written as new and updated ones', () => {
    expect(articlesDone(job('a', { imported: 7, updated: 3, unchanged: 100, skipped: 4 }))).toBe(10);
  });

  it('derives the rate from the start time and the time left from the bytes still to read', () => {
    const running = job('a', { bytesRead: 250, bytesTotal: 1000, imported: 40, updated: 10 });
    const pace = importPace(running, start + 10_000);
    expect(pace.fraction).toBe(0.25);
    expect(pace.articlesPerSecond).toBe(5);
    // A quarter read in 10 s: three quarters left take 30 s more.
    expect(pace.secondsLeft).toBe(30);
  });

  it('tells no rate or time left in the first second, nor while queued', () => {
    const running = job('a', { bytesRead: 250, bytesTotal: 1000, imported: 40 });
    expect(importPace(running, start + 500)).toEqual({ fraction: 0.25, articlesPerSecond: null, secondsLeft: null });
    const queued = job('q', { state: 'queued', startedAt: null, bytesTotal: 1000 });
    expect(importPace(queued, start + 60_000)).toEqual({ fraction: 0, articlesPerSecond: null, secondsLeft: null });
  });

  it('gives a rate but no time left while the size is unknown or nothing is read yet', () => {
    const unknown = job('a', { imported: 20 });
    expect(importPace(unknown, start + 4_000)).toEqual({ fraction: null, articlesPerSecond: 5, secondsLeft: null });
    const unread = job('b', { bytesTotal: 1000 });
    expect(importPace(unread, start + 4_000).secondsLeft).toBeNull();
  });
});

describe('summaryCounts and summaryText', () => {
  const thai = translator(th);
  const english = translator(en);
  const number = (language: 'th' | 'en') => (count: number) => formatCount(count, language);

  it('says imported, updated and skipped, in Thai and English', () => {
    const finished = job('a', { state: 'done', imported: 120, updated: 3, skipped: 2 });
    expect(summaryText(finished, thai, number('th'))).toBe('นำเข้า 120 · ปรับปรุง 3 · ข้าม 2');
    expect(summaryText(finished, english, number('en'))).toBe('120 imported · 3 updated · 2 skipped');
  });

  it('adds unchanged and aliases only when there are any', () => {
    const finished = job('a', { state: 'done', imported: 1_500, updated: 0, unchanged: 4, aliases: 12, skipped: 0 });
    expect(summaryCounts(finished).map(({ key }) => key)).toEqual([
      'summaryImported',
      'summaryUpdated',
      'summaryUnchanged',
      'summaryAliases',
      'summarySkipped',
    ]);
    expect(summaryText(finished, english, number('en'))).toBe('1,500 imported · 0 updated · 4 unchanged · 12 aliases · 0 skipped');
  });

  it('names each state', () => {
    expect(stateText(job('a', { state: 'cancelled' }), thai)).toBe('ยกเลิกการนำเข้าแล้ว');
    expect(stateText(job('a', { state: 'failed' }), english)).toBe('Import failed');
    expect(stateText(job('a', { state: 'queued' }), english)).toBe('Waiting to import');
  });
});
