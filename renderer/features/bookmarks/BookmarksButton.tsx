import type { Ref } from 'react';
import { BookmarkIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';

/** The header button that opens and closes the bookmarks panel. */
export function BookmarksButton({
  controls,
  open,
  count,
  onToggle,
  ref,
}: {
  /** The panel's id; referenced only while it is open (and so in the page). */
  controls: string;
  open: boolean;
  /** How many bookmarks there are; shown as a small badge when any. */
  count: number;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  return (
    <button
      ref={ref}
      type="button"
      className="header-toggle bookmarks-button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      aria-keyshortcuts="B"
      onClick={onToggle}
    >
      <BookmarkIcon filled={open} />
      <span className="bookmarks-button__text visually-hidden--narrow">{t('bookmarksButton')}</span>
      {count > 0 && (
        <span className="bookmarks-button__count" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
