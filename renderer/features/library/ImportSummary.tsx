import { useId } from 'react';
import type { ImportJob } from '../../../common/imports';
import { CloseIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { countText, formatCount } from './format';
import { FileList } from './ImportProgress';
import { stateText, summaryText } from './jobs';

/** A finished job: its state, the counts, why it failed, the problems met (folded), and a way to dismiss it. */
export function ImportSummary({ job, onDismiss }: { job: ImportJob; onDismiss: (jobId: string) => void }) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const problems = job.problems;
  return (
    <section className="import-job import-job--finished" data-state={job.state} aria-labelledby={titleId}>
      <div className="import-job__head">
        <h3 id={titleId} className="import-job__title">
          {stateText(job, t)}
        </h3>
        <button
          type="button"
          className="icon-button import-job__dismiss"
          aria-label={t('importDismiss')}
          title={t('importDismiss')}
          onClick={() => onDismiss(job.id)}
        >
          <CloseIcon />
        </button>
      </div>
      <FileList files={job.files} />
      <p className="import-job__summary">{summaryText(job, t, (count) => formatCount(count, language))}</p>
      {job.state === 'failed' && job.error && (
        <p className="import-job__error" lang="en">
          {job.error}
        </p>
      )}
      {problems.length > 0 && (
        <details className="import-job__problems">
          <summary>
            {job.skipped > problems.length
              ? t('importProblemsFirst', { total: formatCount(job.skipped, language), shown: formatCount(problems.length, language) })
              : countText(t, 'importProblemsOne', 'importProblems', problems.length, language)}
          </summary>
          <ul className="import-job__problem-list">
            {problems.map((problem, index) => (
              <li key={index} className="import-job__problem">
                <span className="import-job__problem-where">
                  <bdi>{problem.file}</bdi>
                  {' · '}
                  {problem.title === null ? t('importProblemWholeFile') : <bdi>{problem.title}</bdi>}
                </span>
                <span className="import-job__problem-reason" lang="en">
                  {problem.reason}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
