import { useCallback, useEffect, useState } from 'react';
import type { Bookmark } from '../../../common/bookmarks';

/** What the bottom of the window says: deleted bookmarks with their undo, or a failure. */
export type ToastContent =
  | { readonly kind: 'deleted'; readonly bookmarks: readonly Bookmark[] }
  | { readonly kind: 'error'; readonly message: string };

/** A toast on screen; `id` makes each one new, so a repeat restarts its timer. */
export type Toast<Content extends object = ToastContent> = Content & { readonly id: number };

// Long enough to notice a mistaken delete and reach the button; the toast waits while hovered or focused.
const visibleMs = 8000;

/** One toast at a time: a newer one replaces the older. It hides itself after a while unless `held`. (The home view's removals use it too.) */
export function useToast<Content extends object = ToastContent>(): {
  toast: Toast<Content> | null;
  show(content: Content): void;
  dismiss(): void;
  /** True while the pointer or focus is on the toast: it stays until released. */
  hold(held: boolean): void;
} {
  const [toast, setToast] = useState<Toast<Content> | null>(null);
  const [held, setHeld] = useState(false);

  const show = useCallback((content: Content) => {
    setToast((old) => ({ ...content, id: (old?.id ?? 0) + 1 }));
  }, []);
  const dismiss = useCallback(() => {
    setToast(null);
    setHeld(false);
  }, []);

  useEffect(() => {
    if (!toast || held) return;
    const timer = window.setTimeout(() => setToast(null), visibleMs);
    return () => window.clearTimeout(timer);
  }, [toast, held]);

  return { toast, show, dismiss, hold: setHeld };
}
