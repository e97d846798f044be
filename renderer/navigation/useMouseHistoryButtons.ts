import { useEffect } from 'react';
import type { ReaderHistory } from './useHistory';

// MouseEvent.button of a mouse's back and forward side buttons.
const backButton = 3;
const forwardButton = 4;

/**
 * A mouse's back and forward buttons move through the reader's history. The
 * app (Electron) gives them no meaning of its own; in a browser, taking the
 * release keeps the browser from going back a second time.
 */
export function useMouseHistoryButtons({ back, forward }: Pick<ReaderHistory, 'back' | 'forward'>): void {
  useEffect(() => {
    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== backButton && event.button !== forwardButton) return;
      event.preventDefault();
      if (event.button === backButton) back();
      else forward();
    };
    window.addEventListener('mouseup', onMouseUp);
    return () => window.removeEventListener('mouseup', onMouseUp);
  }, [back, forward]);
}
