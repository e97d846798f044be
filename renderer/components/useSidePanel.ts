import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Open state of a side panel (bookmarks, library) opened from a header button. */
export interface SidePanelState {
  readonly open: boolean;
  /** The header button, which gets focus back when the panel closes. */
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  /** Opens it (files dropped on the window show their import in the library panel). */
  show(): void;
  /** Closes; `restoreFocus` puts focus back on the header button (not after a jump or an opened article, which take it). */
  close(restoreFocus: boolean): void;
}

/** Owns a panel's open state and closes it on Escape (controls inside that use Escape stop it first). */
export function useSidePanel(): SidePanelState {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  // Closing with focus inside must not strand it in a removed panel.
  const toggle = useCallback(() => (open ? close(true) : setOpen(true)), [open, close]);
  const show = useCallback(() => setOpen(true), []);
  return { open, buttonRef, toggle, show, close };
}
