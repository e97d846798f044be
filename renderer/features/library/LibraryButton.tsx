import type { Ref } from 'react';
import type { ImportJob } from '../../../common/imports';
import { LibraryIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { formatPercent } from './format';
import { bytesFraction } from './jobs';
import './library.css';

/** The header button that opens and closes the library; while the panel is closed it also shows an import going on. */
export function LibraryButton({
  controls,
  open,
  importing,
  onToggle,
  ref,
}: {
  /** The panel's id; referenced only while it is open (and so in the page). */
  controls: string;
  open: boolean;
  /** The job running (or waiting) now, if any. */
  importing: ImportJob | null;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  const language = useLanguage();
  const fraction = importing ? bytesFraction(importing) : null;
  const percent = fraction === null ? null : formatPercent(fraction, language);
  return (
    <button
      ref={ref}
      type="button"
      className="header-toggle library-button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <LibraryIcon />
      <span className="visually-hidden--narrow">{t('libraryButton')}</span>
      {importing && !open && (
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
