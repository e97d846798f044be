import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Open state of the table of contents as an overlay (narrow windows only; wide ones show it always). */
export interface TocDrawer {
  readonly open: boolean;
  /** The toggle button, which gets focus back when Escape closes the overlay. */
  readonly toggleRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  close(): void;
  /** Takes the reader to the TOC's current entry: focuses it, opening the overlay first where the TOC is one. */
  reveal(tocId: string): void;
}

/** Owns the overlay's open state and closes it on Escape. */
export function useTocDrawer(): TocDrawer {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const toggle = useCallback(() => setOpen((value) => !value), []);
  const close = useCallback(() => setOpen(false), []);
  const reveal = useCallback((tocId: string) => {
    // The toggle is shown only where the TOC is an overlay; opening it focuses the current entry.
    const toggleShown = (toggleRef.current?.getClientRects().length ?? 0) > 0;
    if (toggleShown && !open) return setOpen(true);
    const nav = document.getElementById(tocId);
    const entry = nav?.querySelector<HTMLAnchorElement>('[aria-current="location"]') ?? nav?.querySelector('a');
    entry?.focus();
  }, [open]);
  return { open, toggleRef, toggle, close, reveal };
}
