import { memo, useId, type MouseEvent } from 'react';
import { ChevronDownIcon } from '../../components/icons';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import type { FilteredEntry, TextRange } from './filter';
import type { OutlineEntry } from './outline';

/** What every entry needs from the table. */
export interface EntryContext {
  /** A section's address, which its entry links to. */
  readonly hrefOf: (sectionId: string) => string;
  /** The entry marked "you are here" (aria-current): the current section's, or the shown one holding it. */
  readonly markedId: string | null;
  /** True when the marked entry holds the current section folded or filtered away inside it. */
  readonly markHoldsCurrent: boolean;
  readonly bookmarked: ReadonlySet<string>;
  /** The collapsed sections; null while filtering, when every listed entry shows what is listed under it. */
  readonly collapsed: ReadonlySet<string> | null;
  readonly choose: (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => void;
  readonly onToggleBookmark: (sectionId: string) => void;
  readonly onToggleFolding: (sectionId: string) => void;
  readonly bookmarkLabel: (heading: string) => string;
  readonly foldLabel: (heading: string) => string;
}

/**
 * One entry, with its subsections' entries nested under it: a whole outline
 * entry, or what a filter lists (a match, with its text marked, or a section
 * listed only because a match lies inside it). Memoized: while the filter's
 * list trails the field (a deferred value), typing renders no entry again.
 */
export const TocEntry = memo(function TocEntry({ node, ...shared }: { node: OutlineEntry | FilteredEntry } & EntryContext) {
  const { section, children } = node;
  const { markedId, markHoldsCurrent, bookmarked, collapsed, choose, onToggleBookmark, onToggleFolding } = shared;
  const filtered = 'matched' in node ? node : null;
  const sublistId = useId();
  const foldable = collapsed !== null && children.length > 0;
  const open = children.length > 0 && !collapsed?.has(section.id);
  const marked = section.id === markedId;
  return (
    <li className="toc__item" data-section={section.id}>
      <div className="toc__entry" data-bookmarked={bookmarked.has(section.id) || undefined}>
        <a
          className={filtered && !filtered.matched ? 'toc__link toc__link--context' : 'toc__link'}
          href={shared.hrefOf(section.id)}
          aria-current={marked ? 'location' : undefined}
          data-holds-current={(marked && markHoldsCurrent) || undefined}
          onClick={(event) => choose(event, section.id)}
        >
          {/* Isolated: a heading's direction stays out of the buttons beside it. */}
          <bdi>{filtered ? <Marked text={section.heading} marks={filtered.marks} /> : section.heading}</bdi>
        </a>
        {foldable && (
          <button
            type="button"
            className="icon-button toc__fold"
            aria-expanded={open}
            aria-controls={sublistId}
            aria-label={shared.foldLabel(section.heading)}
            title={shared.foldLabel(section.heading)}
            onClick={() => onToggleFolding(section.id)}
          >
            <ChevronDownIcon />
          </button>
        )}
        <BookmarkToggle
          className="bookmark-toggle--toc"
          label={shared.bookmarkLabel(section.heading)}
          pressed={bookmarked.has(section.id)}
          onToggle={() => onToggleBookmark(section.id)}
        />
      </div>
      {open && (
        <ol id={sublistId} className="toc__list toc__sublist">
          {children.map((child) => (
            <TocEntry key={child.section.id} node={child} {...shared} />
          ))}
        </ol>
      )}
    </li>
  );
});

/** A heading with the filter's text marked. */
function Marked({ text, marks }: { text: string; marks: readonly TextRange[] }) {
  const pieces: (string | { readonly marked: string })[] = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push({ marked: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      // Pieces have no identity beyond their place; they change only with the filter.
      <mark key={index} className="toc__match">
        {piece.marked}
      </mark>
    ),
  );
}
