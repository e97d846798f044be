import { useEffect, useId, useState } from 'react';
import type { ImportJob } from '../../../common/imports';
import { useLanguage, useT } from '../../i18n/useT';
import { countText, formatDuration, formatPercent, formatRate } from './format';
import { articlesDone, importPace, stateText } from './jobs';

/** Ticks every second while `active`: the time left shrinks between two reports. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

/** A job running or waiting: its files, a progress bar, articles so far, pace, the page being read, and Cancel. */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel: (jobId: string) => void }) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const running = job.state === 'running';
  const now = useNow(running);
  const pace = importPace(job, now);
  const facts = [
    pace.fraction === null ? null : formatPercent(pace.fraction, language),
    running ? countText(t, 'importArticlesOne', 'importArticles', articlesDone(job), language) : null,
    pace.articlesPerSecond === null ? null : t('importRate', { rate: formatRate(pace.articlesPerSecond, language) }),
    pace.secondsLeft === null ? null : t('importTimeLeft', { time: formatDuration(pace.secondsLeft, language) }),
  ].filter((fact) => fact !== null);

  return (
    <section className="import-job" data-state={job.state} aria-labelledby={titleId}>
      <h3 id={titleId} className="import-job__title">
        {stateText(job, t)}
      </h3>
      <FileList files={job.files} />
      <progress
        className="import-job__bar"
        aria-labelledby={titleId}
        // No value while the size is unknown (or the job waits): the bar shows it is busy, not how far.
        max={pace.fraction === null ? undefined : job.bytesTotal}
        value={pace.fraction === null ? undefined : job.bytesRead}
      />
      {facts.length > 0 && <p className="import-job__facts">{facts.join(' · ')}</p>}
      {job.currentTitle && (
        <p className="import-job__current">
          {t('importCurrent')}: <bdi>{job.currentTitle}</bdi>
        </p>
      )}
      <button type="button" className="button button--quiet button--small import-job__cancel" onClick={() => onCancel(job.id)}>
        {t('importCancel')}
      </button>
    </section>
  );
}

/** "3 ไฟล์: a.txt, b.html, c.xml", the names cut short when there are many. */
export function FileList({ files }: { files: readonly string[] }) {
  const t = useT();
  const language = useLanguage();
  const shownFiles = 5;
  const names = files.slice(0, shownFiles).join(', ') + (files.length > shownFiles ? ', …' : '');
  return (
    <p className="import-job__files">
      {countText(t, 'importFilesOne', 'importFiles', files.length, language)}: <bdi>{names}</bdi>
    </p>
  );
}
