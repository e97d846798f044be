import { useCallback, useRef } from 'react';

/** Where the reader was before searching: the scroll position and the element that had focus. */
interface Point {
  readonly scrollY: number;
  readonly focus: HTMLElement | null;
}

/** Remembers where the reader was when the search box got focus, and takes them back there. */
export function useReturnPoint(fallbackFocusId: string): {
  /** Remembers the scroll position and `previous`, the element focus came from (null: none). */
  save(previous: EventTarget | null): void;
  /** Restores focus (to `fallbackFocusId` when the element is gone) and the scroll position. */
  restore(): void;
} {
  const point = useRef<Point | null>(null);

  const save = useCallback((previous: EventTarget | null) => {
    point.current = { scrollY: window.scrollY, focus: previous instanceof HTMLElement ? previous : null };
  }, []);

  const restore = useCallback(() => {
    const saved = point.current;
    point.current = null;
    const target = saved?.focus?.isConnected ? saved.focus : document.getElementById(fallbackFocusId);
    // Focus first, without scrolling, so that the restored position is the last word.
    target?.focus({ preventScroll: true });
    if (saved) window.scrollTo({ top: saved.scrollY, behavior: 'instant' });
  }, [fallbackFocusId]);

  return { save, restore };
}
