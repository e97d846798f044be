import type { Ref } from 'react';
import { TypeIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';

/** The header button that opens and closes the reading settings. */
export function SettingsButton({
  controls,
  open,
  onToggle,
  ref,
}: {
  /** The panel's id; referenced only while it is open (and so in the page). */
  controls: string;
  open: boolean;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  return (
    <button
      ref={ref}
      type="button"
      className="header-toggle settings-button"
      aria-label={t('settingsButton')}
      title={t('settingsButton')}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      aria-keyshortcuts=", S"
      onClick={onToggle}
    >
      <TypeIcon />
    </button>
  );
}
