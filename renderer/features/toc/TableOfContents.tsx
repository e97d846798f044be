import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Section } from '../../../common/article';
import { useT } from '../../i18n/useT';
import { addressOf, articlePlace } from '../../../common/address';
import { shownEntryFor } from './collapse';
import { filterOutline, listedEntryFor } from './filter';
import { outlineParents, sectionOutline } from './outline';
import { TocEntry, type EntryContext } from './TocEntry';
import { TocFilterField } from './TocFilterField';
import { useRevealCurrent } from './useRevealCurrent';
import type { SectionArrival } from './useSectionNavigation';
import { useSettled } from './useSettled';
import { useTocFolding } from './useTocFolding';
import './toc.css';

// The filter's count is spoken once typing pauses this long.
const announceDelayMs = 500;

/**
 * The table of contents of one article (App keys it by the article, so its
 * folding and filter start afresh with each): a sidebar on wide windows, an
 * overlay on narrow ones (`open`). Subsections are listed under their
 * section and collapse; a long article starts with them collapsed. A field
 * filters the entries by part of a heading. The entry of the current section
 * carries aria-current="location" — or, while it is folded or filtered away,
 * the entry shown that holds it; a jump (`arrival`) opens the sections around
 * its target. Beside each entry, a toggle shows and changes whether the
 * section is bookmarked.
 */
export function TableOfContents({
  id,
  articleId,
  lang,
  sections,
  currentId,
  arrival,
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
  /** The last place in the article the reader was taken to: its entry is shown. */
  arrival: SectionArrival | null;
  /** Ids of the bookmarked sections. */
  bookmarked: ReadonlySet<string>;
  open: boolean;
  onSelect: (sectionId: string) => void;
  onToggleBookmark: (sectionId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const nav = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const outline = useMemo(() => sectionOutline(sections), [sections]);
  const parents = useMemo(() => outlineParents(outline), [outline]);
  const folding = useTocFolding(outline, parents, sections.length, list);
  const hasSubsections = parents.size > 0;

  const [query, setQuery] = useState('');
  // Typing stays quick however long the list: the list follows a moment later when it must.
  const shownQuery = useDeferredValue(query);
  const filter = useMemo(() => filterOutline(outline, shownQuery), [outline, shownQuery]);

  // A jump opens the sections around where it went (during render, so the entry is there when the effects look).
  const [seenArrival, setSeenArrival] = useState<SectionArrival | null>(null);
  if (arrival !== seenArrival) {
    setSeenArrival(arrival);
    if (arrival) folding.reveal(arrival.sectionId);
  }

  const markedId =
    currentId === null
      ? null
      : filter
        ? listedEntryFor(parents, filter.listed, currentId)
        : shownEntryFor(parents, folding.collapsed, currentId);
  // While filtering, the list shows the matches from the top; the current entry is revealed again after.
  useRevealCurrent(list, filter ? null : markedId);
  useEffect(() => {
    if (filter) list.current?.scrollTo({ top: 0 });
  }, [filter]);

  // Opening the overlay moves focus into it, onto the entry the reader is at (a filter that lists none: the field).
  useEffect(() => {
    if (!open) return;
    const find = (selector: string) => nav.current?.querySelector<HTMLElement>(selector);
    const target = find('[aria-current="location"]') ?? find('.toc__link') ?? find('.toc__filter-input');
    target?.focus();
  }, [open]);

  const choose = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => {
      // Let modified clicks do what the browser does with links.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onSelect(sectionId);
    },
    [onSelect],
  );
  const hrefOf = useCallback((sectionId: string) => addressOf(articlePlace(articleId, sectionId)), [articleId]);
  const bookmarkLabel = useCallback((heading: string) => t('bookmarkSection', { heading }), [t]);
  const foldLabel = useCallback((heading: string) => t('tocToggleSection', { heading }), [t]);

  const chooseFirstMatch = () => {
    const first = filterOutline(outline, query)?.firstMatch;
    if (first) onSelect(first);
  };

  const shared: EntryContext = {
    hrefOf,
    markedId,
    markHoldsCurrent: markedId !== currentId,
    bookmarked,
    collapsed: filter ? null : folding.collapsed,
    choose,
    onToggleBookmark,
    onToggleFolding: folding.toggle,
    bookmarkLabel,
    foldLabel,
  };
  const entries = filter ? filter.entries : outline;
  const status = !filter
    ? ''
    : filter.matchCount === 0
      ? t('tocFilterNone', { query: shownQuery.trim() })
      : filter.matchCount === 1
        ? t('tocFilterCountOne')
        : t('tocFilterCount', { count: filter.matchCount });
  const announcement = useSettled(status, announceDelayMs);
  return (
    <>
      <nav ref={nav} id={id} className="toc" aria-label={t('tocLabel')} data-open={open}>
        <div className="toc__header">
          <h2 className="toc__title">{t('tocTitle')}</h2>
          <TocFilterField
            value={query}
            onChange={setQuery}
            onSubmit={chooseFirstMatch}
            onLeaveDown={() => list.current?.querySelector<HTMLElement>('.toc__link')?.focus()}
          />
          {hasSubsections && (
            // A filter lists every match whatever is collapsed: folding waits until it is cleared.
            <div className="toc__tools">
              <button type="button" className="toc__tool" disabled={filter !== null} onClick={folding.expandAll}>
                {t('tocExpandAll')}
              </button>
              <button type="button" className="toc__tool" disabled={filter !== null} onClick={folding.collapseAll}>
                {t('tocCollapseAll')}
              </button>
            </div>
          )}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </div>
        {/* data-filter: the text the list shows the matches of, which may trail the field's by a moment. */}
        <div ref={list} className="toc__scroll" data-filter={filter ? shownQuery : undefined}>
          {filter?.matchCount === 0 && <p className="toc__empty">{status}</p>}
          {entries.length > 0 && (
            <ol className="toc__list" lang={lang}>
              {entries.map((node) => (
                <TocEntry key={node.section.id} node={node} {...shared} />
              ))}
            </ol>
          )}
        </div>
      </nav>
      {/* A click outside the overlay closes it; keyboard users have Escape and the toggle. */}
      {open && <div className="toc-backdrop" aria-hidden="true" onClick={onClose} />}
    </>
  );
}
