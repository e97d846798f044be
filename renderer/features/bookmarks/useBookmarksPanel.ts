import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Open state of the bookmarks panel. */
export interface BookmarksPanelState {
  readonly open: boolean;
  /** The header button, which gets focus back when the panel closes. */
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  /** Closes; `restoreFocus` puts focus back on the header button (not after a jump, which focuses its target). */
  close(restoreFocus: boolean): void;
}

/** Owns the panel's open state and closes it on Escape (controls inside that use Escape stop it first). */
export function useBookmarksPanel(): BookmarksPanelState {
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

  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { open, buttonRef, toggle, close };
}
