import { useRef } from 'react';
import { ImportIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { formatCount } from '../library/format';
import { ImportErrors } from '../library/ImportErrors';
import { ImportProgress } from '../library/ImportProgress';
import { ImportSummary } from '../library/ImportSummary';
import { isFinished } from '../library/jobs';
import type { Imports } from '../library/useImports';

/** What the file picker offers: the formats the importers read (a .bz2 is a compressed dump). */
export const importAccept = '.txt,.html,.htm,.xml,.bz2,text/plain,text/html,application/xml';

/** Import… with its hint, the file being sent, failures, and each job running or finished. */
export function ImportSection({ imports }: { imports: Imports }) {
  const t = useT();
  const language = useLanguage();
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFiles = (files: FileList | null) => {
    imports.start([...(files ?? [])]);
    // The same files chosen again must fire a change again.
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="home-import" aria-label={t('homeImport')}>
      <div className="home-import__start">
        <button type="button" className="button home-import__button" onClick={() => fileInput.current?.click()}>
          <ImportIcon />
          {t('importButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={importAccept}
          tabIndex={-1}
          aria-label={t('importButton')}
          hidden
          onChange={(event) => chooseFiles(event.target.files)}
        />
        <p className="home-import__hint">{t('importHint')}</p>
      </div>
      {imports.staging && (
        <p className="home-import__staging">
          {t('importStaging', {
            index: formatCount(imports.staging.index, language),
            count: formatCount(imports.staging.count, language),
            name: imports.staging.name,
          })}
        </p>
      )}
      <ImportErrors errors={imports.errors} onDismiss={imports.dismissErrors} />
      {imports.jobs.length > 0 && (
        <div className="home-import__jobs">
          {imports.jobs.map((job) =>
            isFinished(job) ? (
              <ImportSummary key={job.id} job={job} onDismiss={imports.dismiss} />
            ) : (
              <ImportProgress key={job.id} job={job} onCancel={imports.cancel} />
            ),
          )}
        </div>
      )}
    </section>
  );
}
