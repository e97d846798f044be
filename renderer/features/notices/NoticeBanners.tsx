import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import { noticeText } from './noticeText';
import type { PostedNotice } from '../../../common/notices';
import './notices.css';

/** Notices from the main process (such as a data file moved aside), each an alert the reader can dismiss. */
export function NoticeBanners({ notices, onDismiss }: { notices: readonly PostedNotice[]; onDismiss: (id: number) => void }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map(({ id, notice }) => (
        <div key={id} className="notice" role="alert">
          <p className="notice__message">{noticeText(notice, t)}</p>
          <button
            type="button"
            className="icon-button notice__dismiss"
            aria-label={t('noticeDismiss')}
            title={t('noticeDismiss')}
            onClick={() => onDismiss(id)}
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
