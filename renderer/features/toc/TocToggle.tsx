import type { Ref } from 'react';
import { ListIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';

/** The button that opens the table of contents on narrow windows (hidden by CSS on wide ones). */
export function TocToggle({
  controls,
  open,
  onToggle,
  ref,
}: {
  controls: string;
  open: boolean;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  return (
    <button ref={ref} type="button" className="header-toggle toc-toggle" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      <ListIcon />
      <span className="toc-toggle__text visually-hidden--very-narrow">{t('tocToggle')}</span>
    </button>
  );
}
