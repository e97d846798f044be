import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import type { ImportError } from './useImports';

/** Failures before or beside the jobs (a file not sent, an import not started, a cancel refused), as one alert. */
export function ImportErrors({ errors, onDismiss }: { errors: readonly ImportError[]; onDismiss: () => void }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="import-errors" role="alert">
      <ul className="import-errors__list">
        {errors.map((error, index) => (
          <li key={index} className="import-errors__item">
            <p className="import-errors__title">
              {error.kind === 'stage'
                ? t('importStageFailed', { name: error.file })
                : t(error.kind === 'start' ? 'importStartFailed' : 'importCancelFailed')}
            </p>
            <p className="import-errors__detail">{error.message}</p>
          </li>
        ))}
      </ul>
      <button type="button" className="icon-button import-errors__dismiss" aria-label={t('importErrorsDismiss')} title={t('importErrorsDismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
