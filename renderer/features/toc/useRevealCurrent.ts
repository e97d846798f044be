import { useEffect, type RefObject } from 'react';

/**
 * Keeps the marked entry (`markedId`; null: none to keep in view) visible
 * inside the TOC's own scroll area. Done by hand: scrollIntoView would also
 * scroll the page, fighting the reader.
 */
export function useRevealCurrent(container: RefObject<HTMLElement | null>, markedId: string | null): void {
  useEffect(() => {
    const box = container.current;
    const entry = markedId === null ? null : box?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!box || !entry) return;
    const boxRect = box.getBoundingClientRect();
    const entryRect = entry.getBoundingClientRect();
    const above = entryRect.top - boxRect.top;
    const below = entryRect.bottom - boxRect.bottom;
    if (above < 0) box.scrollBy({ top: above, behavior: 'instant' });
    else if (below > 0) box.scrollBy({ top: below, behavior: 'instant' });
  }, [container, markedId]);
}
