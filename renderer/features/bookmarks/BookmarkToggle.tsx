import { BookmarkIcon } from '../../components/icons';
import { useLanguage } from '../../i18n/useT';
import './bookmarks.css';

/** A bookmark toggle (section heading, TOC entry, paragraph): pressed while the place is bookmarked. */
export function BookmarkToggle({
  label,
  pressed,
  className,
  onToggle,
}: {
  label: string;
  pressed: boolean;
  /** Where it sits decides how it looks. */
  className: string;
  onToggle: () => void;
}) {
  const language = useLanguage();
  return (
    <button
      type="button"
      className={`icon-button bookmark-toggle ${className}`}
      lang={language}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <BookmarkIcon filled={pressed} />
    </button>
  );
}
