import { createPortal } from 'react-dom';
import { BookmarkIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import type { PassageSelection } from './useSelectionBookmark';

/**
 * The "bookmark selection" button, under the end of the selected text. It
 * lives in the paragraph's block, so it scrolls with the text and Tab from
 * the selection reaches it next.
 */
export function SelectionButton({ selection, onBookmark }: { selection: PassageSelection; onBookmark: () => void }) {
  const t = useT();
  return createPortal(
    <button
      type="button"
      className="selection-bookmark"
      style={{ top: selection.top, left: selection.left }}
      // Keep the selection: a press would otherwise clear it before the click arrives.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onBookmark}
    >
      <BookmarkIcon />
      <span>{t('bookmarkSelection')}</span>
    </button>,
    selection.block,
  );
}
