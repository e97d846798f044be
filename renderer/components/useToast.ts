import { useCallback, useEffect, useState } from 'react';

/** A toast on screen (what it says is the feature's own); `id` makes each one new, so a repeat restarts its timer. */
export type Toast<Content extends object> = Content & { readonly id: number };

// Long enough to notice a mistaken delete or removal and reach the button; the toast waits while hovered or focused.
const visibleMs = 8000;

/** One toast at a time (UndoToast shows it): a newer one replaces the older. It hides itself after a while unless `held`. */
export function useToast<Content extends object>(): {
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
