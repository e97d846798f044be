import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { Section } from '../../../common/article';
import { useT } from '../../i18n/useT';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { addressOf, articlePlace } from '../../../common/address';
import { sectionOutline, type OutlineEntry } from './outline';
import { useRevealCurrent } from './useRevealCurrent';
import './toc.css';

/**
 * The table of contents: a sidebar on wide windows, an overlay on narrow
 * ones (`open`). Subsections are listed under their section, indented. The
 * current section's entry carries aria-current="location"; beside each entry,
 * a toggle shows and changes whether the section is bookmarked.
 */
export function TableOfContents({
  id,
  articleId,
  lang,
  sections,
  currentId,
  bookmarked,
  open,
  onSelect,
  onToggleBookmark,
  onClose,
}: {
  id: string;
  /** The article whose sections these are: each entry's address names it. */
  articleId: string;
  /** The article's language, which the entries (its headings) are in. */
  lang: string;
  sections: readonly Section[];
  currentId: string | null;
  /** Ids of the bookmarked sections. */
  bookmarked: ReadonlySet<string>;
  open: boolean;
  onSelect: (sectionId: string) => void;
  onToggleBookmark: (sectionId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const nav = useRef<HTMLElement>(null);
  const outline = useMemo(() => sectionOutline(sections), [sections]);
  useRevealCurrent(nav, currentId);

  // Opening the overlay moves focus into it, onto the entry the reader is at.
  useEffect(() => {
    if (!open) return;
    const links = nav.current?.querySelectorAll<HTMLAnchorElement>('a');
    const target = nav.current?.querySelector<HTMLAnchorElement>('[aria-current="location"]') ?? links?.[0];
    target?.focus();
  }, [open]);

  const choose = (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => {
    // Let modified clicks do what the browser does with links.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(sectionId);
  };

  const shared: EntryContext = {
    hrefOf: (sectionId) => addressOf(articlePlace(articleId, sectionId)),
    currentId,
    bookmarked,
    choose,
    onToggleBookmark,
    bookmarkLabel: (heading) => t('bookmarkSection', { heading }),
  };
  return (
    <>
      <nav ref={nav} id={id} className="toc" aria-label={t('tocLabel')} data-open={open}>
        <h2 className="toc__title">{t('tocTitle')}</h2>
        <ol className="toc__list" lang={lang}>
          {outline.map((node) => (
            <TocEntry key={node.section.id} node={node} {...shared} />
          ))}
        </ol>
      </nav>
      {/* A click outside the overlay closes it; keyboard users have Escape and the toggle. */}
      {open && <div className="toc-backdrop" aria-hidden="true" onClick={onClose} />}
    </>
  );
}

/** What every entry needs from the table. */
interface EntryContext {
  readonly hrefOf: (sectionId: string) => string;
  readonly currentId: string | null;
  readonly bookmarked: ReadonlySet<string>;
  readonly choose: (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => void;
  readonly onToggleBookmark: (sectionId: string) => void;
  readonly bookmarkLabel: (heading: string) => string;
}

/** One entry, with its subsections' entries nested under it. */
function TocEntry({ node, ...shared }: { node: OutlineEntry } & EntryContext) {
  const { section, children } = node;
  const { hrefOf, currentId, bookmarked, choose, onToggleBookmark, bookmarkLabel } = shared;
  return (
    <li className="toc__item">
      <div className="toc__entry" data-bookmarked={bookmarked.has(section.id) || undefined}>
        <a
          className="toc__link"
          href={hrefOf(section.id)}
          aria-current={section.id === currentId ? 'location' : undefined}
          onClick={(event) => choose(event, section.id)}
        >
          {/* Isolated: a heading's direction stays out of the bookmark toggle beside it. */}
          <bdi>{section.heading}</bdi>
        </a>
        <BookmarkToggle
          className="bookmark-toggle--toc"
          label={bookmarkLabel(section.heading)}
          pressed={bookmarked.has(section.id)}
          onToggle={() => onToggleBookmark(section.id)}
        />
      </div>
      {children.length > 0 && (
        <ol className="toc__list toc__sublist">
          {children.map((child) => (
            <TocEntry key={child.section.id} node={child} {...shared} />
          ))}
        </ol>
      )}
    </li>
  );
}
