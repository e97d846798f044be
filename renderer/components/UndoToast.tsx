import { CloseIcon } from './icons';
import { useT } from '../i18n/useT';
import './UndoToast.css';

/**
 * The toast at the bottom of the window after something was taken away:
 * what happened and Undo, or a failure (an alert of its own; what succeeded
 * is announced by the feature's live region). It waits while hovered or
 * focused. `className` names it for its feature.
 */
export function UndoToast({
  className,
  message,
  undoLabel,
  onUndo,
  onDismiss,
  onHold,
}: {
  className: string;
  message: string;
  /** Null: a failure, with nothing to undo. */
  undoLabel: string | null;
  onUndo: () => void;
  onDismiss: () => void;
  onHold: (held: boolean) => void;
}) {
  const t = useT();
  const failed = undoLabel === null;
  return (
    <div
      className={`panel-surface undo-toast ${className}${failed ? ' undo-toast--error' : ''}`}
      role={failed ? 'alert' : undefined}
      onMouseEnter={() => onHold(true)}
      onMouseLeave={() => onHold(false)}
      onFocus={() => onHold(true)}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && onHold(false)}
    >
      <p className="undo-toast__message">{message}</p>
      {!failed && (
        <button type="button" className="button undo-toast__undo" onClick={onUndo}>
          {undoLabel}
        </button>
      )}
      <button type="button" className="icon-button undo-toast__close" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
