import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import type { Toast } from './useToast';

/** The toast at the bottom: "Bookmark deleted — Undo", or a failure (an alert). It waits while hovered or focused. */
export function BookmarkToast({
  toast,
  onUndo,
  onDismiss,
  onHold,
}: {
  toast: Toast;
  onUndo: () => void;
  onDismiss: () => void;
  onHold: (held: boolean) => void;
}) {
  const t = useT();
  return (
    <div
      className={`panel-surface bookmark-toast bookmark-toast--${toast.kind}`}
      // The deletion itself is announced by the live region; a failure is an alert of its own.
      role={toast.kind === 'error' ? 'alert' : undefined}
      onMouseEnter={() => onHold(true)}
      onMouseLeave={() => onHold(false)}
      onFocus={() => onHold(true)}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && onHold(false)}
    >
      <p className="bookmark-toast__message">{toast.kind === 'deleted' ? t('bookmarkDeleted') : toast.message}</p>
      {toast.kind === 'deleted' && (
        <button type="button" className="button bookmark-toast__undo" onClick={onUndo}>
          {t('bookmarkUndo')}
        </button>
      )}
      <button type="button" className="icon-button bookmark-toast__close" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
