import { Fragment, useEffect, useId, useRef } from 'react';
import { modalClose } from '../../components/modalClose';
import { PanelHeader } from '../../components/PanelHeader';
import { useT } from '../../i18n/useT';
import { bindingLabel } from '../../keyboard/bindings';
import { keymap } from './keymap';
import './shortcuts.css';

/**
 * The list of keyboard shortcuts (keymap.ts, whole), in the UI language: a modal dialog
 * (the browser traps focus and closes it on Escape; focus goes back to where it was).
 */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      element.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="panel-surface shortcut-help"
      aria-labelledby={titleId}
      {...modalClose(onClose)}
    >
      <PanelHeader titleId={titleId} title={t('shortcutsTitle')} closeLabel={t('dismiss')} onClose={onClose} />
      <dl className="shortcut-help__list">
        {keymap.map((shortcut) => (
          <div key={shortcut.id} className="shortcut-help__row">
            <dt className="shortcut-help__keys">
              {shortcut.keys.map(bindingLabel).map((label, index) => (
                <Fragment key={label}>
                  {index > 0 && <span className="shortcut-help__or"> {t('shortcutsOr')} </span>}
                  <kbd>{label}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd className="shortcut-help__description">{t(shortcut.description)}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
