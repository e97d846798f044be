import { CloseIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import type { Toast } from '../bookmarks/useToast';
import type { RemovalToastContent } from './useRemoval';

/** The toast at the bottom: "“…” removed — Undo", or a failure (an alert). It waits while hovered or focused. */
export function RemovalToast({
  toast,
  onUndo,
  onDismiss,
  onHold,
}: {
  toast: Toast<RemovalToastContent>;
  onUndo: () => void;
  onDismiss: () => void;
  onHold: (held: boolean) => void;
}) {
  const t = useT();
  return (
    <div
      className={`panel-surface home-toast home-toast--${toast.kind}`}
      // The removal itself is announced by the live region; a failure is an alert of its own.
      role={toast.kind === 'error' ? 'alert' : undefined}
      onMouseEnter={() => onHold(true)}
      onMouseLeave={() => onHold(false)}
      onFocus={() => onHold(true)}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && onHold(false)}
    >
      <p className="home-toast__message">
        {toast.kind === 'removed' ? t('articleRemoved', { title: toast.title }) : toast.message}
      </p>
      {toast.kind === 'removed' && (
        <button type="button" className="button home-toast__undo" onClick={onUndo}>
          {t('articleUndoRemove')}
        </button>
      )}
      <button type="button" className="icon-button home-toast__close" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
