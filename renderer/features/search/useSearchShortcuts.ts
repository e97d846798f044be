import { useEffect } from 'react';
import { isSearchShortcut } from './shortcuts';

/** Calls `focusSearch` on Ctrl/Cmd+F, Ctrl/Cmd+K and `/` (outside text fields), instead of the browser's own find. */
export function useSearchShortcuts(focusSearch: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !isSearchShortcut(event)) return;
      event.preventDefault();
      focusSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch]);
}
