import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import { noticeText } from './noticeText';
import type { ShownNotice } from './useNotices';
import './notices.css';

/** Start-up notices from the main process (such as a data file moved aside), each an alert the reader can dismiss. */
export function NoticeBanners({ notices, onDismiss }: { notices: readonly ShownNotice[]; onDismiss: (key: number) => void }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map(({ key, notice }) => (
        <div key={key} className="notice" role="alert">
          <p className="notice__message">{noticeText(notice, t)}</p>
          <button
            type="button"
            className="icon-button notice__dismiss"
            aria-label={t('noticeDismiss')}
            title={t('noticeDismiss')}
            onClick={() => onDismiss(key)}
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
