import { useEffect } from 'react';
import { isBookmarkShortcut } from './shortcut';

/** Calls `bookmark` on Ctrl/Cmd+D (outside text fields), instead of the browser's own "bookmark this page". */
export function useBookmarkShortcut(bookmark: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat || !isBookmarkShortcut(event)) return;
      event.preventDefault();
      bookmark();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bookmark]);
}
