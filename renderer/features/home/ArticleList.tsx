import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { CatalogEntry } from '../../../common/catalog';
import { ArticleRow, PlaceholderRow } from './ArticleRow';
import { rowAfterKey, visibleRows, type RowRange } from './rows';
import type { Catalog } from './useCatalog';

/** What the home view asks of its list. */
export interface ArticleListHandle {
  /** Focuses the row at `index` (or the last one), scrolling it into view. */
  focusRow(index: number): void;
}

// Until a row has been measured (rows have one height, set in home.css).
const assumedRowHeight = 72;

/**
 * The library's articles as one long list that scrolls with the page, but
 * only the rows in view (and a few around them) are in the document: each is
 * placed at its offset in a list as tall as all of them. Keyboard: the rows
 * are one Tab stop (the row last focused); arrows, Page Up/Down, Home and End
 * move between them, loading and scrolling as they go; Enter opens.
 */
export function ArticleList({
  catalog,
  labelledBy,
  queryKey,
  coveredTop,
  formatDate,
  onOpen,
  onRemove,
  ref,
}: {
  catalog: Catalog;
  labelledBy: string;
  /** Changes with the sort and the filter: the list goes back to its first row. */
  queryKey: string;
  /** Where the sticky controls above the list end once stuck, in viewport pixels: rows above that line are not in view. */
  coveredTop: () => number;
  formatDate: (iso: string) => string;
  onOpen: (entry: CatalogEntry) => void;
  onRemove: (entry: CatalogEntry, index: number) => void;
  ref: Ref<ArticleListHandle>;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [rowHeight, setRowHeight] = useState(assumedRowHeight);
  const [range, setRange] = useState<RowRange>({ first: 0, last: 0 });
  const [active, setActive] = useState(0);
  // The row to focus once it is drawn (and its page has come).
  const focusWanted = useRef<number | null>(null);
  const count = catalog.total;
  const activeRow = Math.min(active, Math.max(0, count - 1));

  // Where the list starts on the page. Kept, so that a scroll reads only scrollY: reading the list's
  // position then would lay the page out again in every frame (2 ms a frame, measured). Read again
  // whenever the page changes size (an import's progress, continue reading or a message above the list).
  const listTop = useRef(0);
  const measure = useCallback(() => {
    const next = visibleRows(listTop.current - window.scrollY, window.innerHeight, rowHeight, count);
    setRange((old) => (old.first === next.first && old.last === next.last ? old : next));
  }, [count, rowHeight]);

  useLayoutEffect(() => {
    const place = () => {
      const element = list.current;
      if (element) listTop.current = element.getBoundingClientRect().top + window.scrollY;
      measure();
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(document.body);
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      resized.disconnect();
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', place);
    };
  }, [measure]);

  const { want } = catalog;
  useEffect(() => want(range), [want, range]);

  // Rows are as tall as home.css makes them: the first one drawn says how tall (read once, not per scroll:
  // reading a size lays the page out).
  const drawn = range.last > range.first;
  useLayoutEffect(() => {
    const row = list.current?.querySelector<HTMLElement>('.home-row');
    const height = row?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [rowHeight, drawn]);

  // A new sort or filter: back to the first row, and the list's top into view if it had scrolled under the controls.
  const firstQuery = useRef(queryKey);
  useEffect(() => {
    if (firstQuery.current === queryKey) return;
    firstQuery.current = queryKey;
    setActive(0);
    const element = list.current;
    if (element && element.getBoundingClientRect().top < coveredTop()) {
      window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - coveredTop(), behavior: 'instant' });
    }
  }, [queryKey, coveredTop]);

  // The row asked for: into view once drawn, focused once its page has come.
  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null) return;
    const row = list.current?.querySelector<HTMLElement>(`.home-row[data-index="${wanted}"]`);
    if (!row) return;
    bringIntoView(row, coveredTop());
    const button = row.querySelector<HTMLElement>('.home-row__open');
    if (!button) return;
    focusWanted.current = null;
    button.focus({ preventScroll: true });
  });

  const goTo = useCallback(
    (index: number) => {
      if (count === 0) return;
      const target = Math.min(Math.max(index, 0), count - 1);
      focusWanted.current = target;
      setActive(target);
      // The row may be drawn already, with nothing about to change: the effect above then runs on this render.
      setRange((old) => ({ ...old }));
    },
    [count],
  );

  useImperativeHandle(ref, () => ({ focusRow: goTo }), [goTo]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rowsPerScreen = Math.floor((window.innerHeight - coveredTop()) / rowHeight);
    const target = rowAfterKey(event.key, activeRow, count, rowsPerScreen);
    if (target === null) return;
    event.preventDefault();
    goTo(target);
  };

  // The active row is always drawn, even scrolled far away, so focus is never lost with it.
  const indexes: number[] = [];
  for (let index = range.first; index < range.last; index++) indexes.push(index);
  if (count > 0 && (activeRow < range.first || activeRow >= range.last)) indexes.push(activeRow);

  return (
    <ul
      ref={list}
      className="home-list"
      role="list"
      aria-labelledby={labelledBy}
      aria-busy={catalog.pending}
      style={{ blockSize: `${count * rowHeight}px` }}
      onKeyDown={onKeyDown}
    >
      {indexes.map((index) => {
        const entry = catalog.entry(index);
        const top = index * rowHeight;
        return entry ? (
          <ArticleRow
            key={index}
            entry={entry}
            index={index}
            count={count}
            top={top}
            active={index === activeRow}
            formatDate={formatDate}
            onOpen={onOpen}
            onRemove={onRemove}
            onFocusRow={setActive}
          />
        ) : (
          <PlaceholderRow key={index} index={index} count={count} top={top} />
        );
      })}
    </ul>
  );
}

/** Scrolls the page just enough that the row shows below the sticky controls (or above the window's bottom). */
function bringIntoView(row: HTMLElement, coveredTop: number): void {
  const { top, bottom } = row.getBoundingClientRect();
  if (top < coveredTop) window.scrollBy({ top: top - coveredTop, behavior: 'instant' });
  else if (bottom > window.innerHeight) window.scrollBy({ top: bottom - window.innerHeight, behavior: 'instant' });
}
