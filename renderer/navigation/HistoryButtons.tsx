import { ChevronLeftIcon, ChevronRightIcon } from '../components/icons';
import { useT } from '../i18n/useT';
import type { ReaderHistory } from './useHistory';
import './history.css';

/** Back and forward, in the header: disabled where there is nowhere to go. */
export function HistoryButtons({ history }: { history: ReaderHistory }) {
  const t = useT();
  return (
    <div className="history-buttons" role="group" aria-label={t('historyLabel')}>
      <button
        type="button"
        className="header-toggle history-buttons__button"
        aria-label={t('historyBack')}
        title={`${t('historyBack')} (Alt+←)`}
        aria-keyshortcuts="Alt+ArrowLeft"
        disabled={!history.canGoBack}
        onClick={history.back}
      >
        <ChevronLeftIcon />
      </button>
      <button
        type="button"
        className="header-toggle history-buttons__button"
        aria-label={t('historyForward')}
        title={`${t('historyForward')} (Alt+→)`}
        aria-keyshortcuts="Alt+ArrowRight"
        disabled={!history.canGoForward}
        onClick={history.forward}
      >
        <ChevronRightIcon />
      </button>
    </div>
  );
}
