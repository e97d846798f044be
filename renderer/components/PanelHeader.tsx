import { CloseIcon } from './icons';
import './PanelHeader.css';

/** A panel's title and its close button, as every panel and dialog of the reader starts. */
export function PanelHeader({
  titleId,
  title,
  closeLabel,
  onClose,
}: {
  /** Referenced by the panel's aria-labelledby. */
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div className="panel-header">
      <h2 id={titleId} className="panel-header__title">
        {title}
      </h2>
      <button type="button" className="icon-button panel-header__close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}
