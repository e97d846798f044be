/** The arithmetic of the home view's virtualized list: which rows are drawn, which pages they need, where a key moves. */

/** Rows asked of main at a time: a few screens. */
export const rowsPerPage = 100;
/** Rows drawn beyond the visible ones on each side, so a fast scroll does not show blank rows for a frame. */
export const overscan = 8;

/** Rows `first` to `last` (exclusive). */
export interface RowRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The rows a viewport shows, with the overscan: `top` is where the list
 * starts relative to the top of the viewport (negative once scrolled past).
 */
export function visibleRows(top: number, viewportHeight: number, rowHeight: number, count: number): RowRange {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const first = Math.floor(-top / rowHeight) - overscan;
  const last = Math.ceil((viewportHeight - top) / rowHeight) + overscan;
  return { first: clamp(first, 0, count), last: clamp(last, 0, count) };
}

/** The pages (of `rowsPerPage`) that hold the rows of a range. */
export function pagesOf({ first, last }: RowRange): number[] {
  if (last <= first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / rowsPerPage); page * rowsPerPage < last; page++) pages.push(page);
  return pages;
}

/**
 * Where a key moves the focused row: arrows by one, Page Up/Down by a
 * screenful, Home and End to the ends; null for any other key. Never past
 * either end.
 */
export function rowAfterKey(key: string, index: number, count: number, rowsPerScreen: number): number | null {
  if (count === 0) return null;
  const screen = Math.max(1, rowsPerScreen - 1);
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + screen,
    PageUp: index - screen,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? null : clamp(target, 0, count - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
