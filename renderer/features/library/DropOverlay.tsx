import { ImportIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';

/** The drop zone shown over the window while files are dragged onto it. */
export function DropOverlay() {
  const t = useT();
  // Seen while dragging with a pointer only; the panel's Import button is the way for everyone else.
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__message">
        <ImportIcon />
        {t('importDropHere')}
      </p>
    </div>
  );
}
