import { useEffect, useRef, type MouseEvent } from 'react';
import type { Section } from '../../../common/article';
import { useT } from '../../i18n/useT';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { hashOf } from './fragment';
import { useRevealCurrent } from './useRevealCurrent';
import './toc.css';

/**
 * The table of contents: a sidebar on wide windows, an overlay on narrow
 * ones (`open`). The current section's entry carries aria-current="location";
 * beside each entry, a toggle shows and changes whether the section is bookmarked.
 */
export function TableOfContents({
  id,
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

  return (
    <>
      <nav ref={nav} id={id} className="toc" aria-label={t('tocLabel')} data-open={open}>
        <h2 className="toc__title">{t('tocTitle')}</h2>
        <ol className="toc__list" lang={lang}>
          {sections.map((section) => (
            <li key={section.id} className="toc__item" data-bookmarked={bookmarked.has(section.id) || undefined}>
              <a
                className="toc__link"
                href={hashOf(section.id)}
                aria-current={section.id === currentId ? 'location' : undefined}
                onClick={(event) => choose(event, section.id)}
              >
                {/* Isolated: a heading's direction stays out of the bookmark toggle beside it. */}
                <bdi>{section.heading}</bdi>
              </a>
              <BookmarkToggle
                className="bookmark-toggle--toc"
                label={t('bookmarkSection', { heading: section.heading })}
                pressed={bookmarked.has(section.id)}
                onToggle={() => onToggleBookmark(section.id)}
              />
            </li>
          ))}
        </ol>
      </nav>
      {/* A click outside the overlay closes it; keyboard users have Escape and the toggle. */}
      {open && <div className="toc-backdrop" aria-hidden="true" onClick={onClose} />}
    </>
  );
}
