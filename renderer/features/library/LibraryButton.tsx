import type { ImportJob } from '../../../common/imports';
import { LibraryIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { formatPercent } from './format';
import { bytesFraction } from './jobs';
import './library.css';

/** The header button that goes home, to the library view; elsewhere it also shows an import going on. */
export function LibraryButton({
  current,
  importing,
  onClick,
}: {
  /** Home is shown (with the imports' own progress). */
  current: boolean;
  /** The job running (or waiting) now, if any. */
  importing: ImportJob | null;
  onClick: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const fraction = importing ? bytesFraction(importing) : null;
  const percent = fraction === null ? null : formatPercent(fraction, language);
  return (
    <button type="button" className="header-toggle library-button" aria-current={current ? 'page' : undefined} onClick={onClick}>
      <LibraryIcon />
      <span className="visually-hidden--narrow">{t('libraryButton')}</span>
      {importing && !current && (
        <span className="library-button__importing" data-state={importing.state}>
          <span className="library-button__meter" aria-hidden="true">
            {percent !== null && (
              <span className="library-button__fill" style={{ inlineSize: `${Math.round((fraction ?? 0) * 100)}%` }} />
            )}
          </span>
          <span className="visually-hidden">
            {percent === null ? t('libraryImportingUnknown') : t('libraryImporting', { percent })}
          </span>
        </span>
      )}
    </button>
  );
}
