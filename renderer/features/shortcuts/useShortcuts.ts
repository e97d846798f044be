import { useEffect, useRef } from 'react';
import { shortcutAction, type ShortcutAction } from './keymap';

/** What each handled shortcut does; the table in keymap.ts says which keys ask for it. */
export type ShortcutHandlers = { readonly [A in ShortcutAction]?: () => void };

/** Listens for the shortcuts of keymap.ts on the window and calls their handlers. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  // The latest handlers, so the listener is added once rather than on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutAction(event);
      const handler = action && latest.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
