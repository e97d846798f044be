import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextMatch } from '../../../common/search';
import { sectionElement } from '../reader/sectionElements';
import type { SectionHighlight } from './highlight';

/** The matches highlighted in the article: one section's, with the current one. */
export interface Highlight extends SectionHighlight {
  readonly articleId: string;
  readonly sectionId: string;
  /** Counts calls to show(), so the match bar can take focus for each chosen result. */
  readonly shown: number;
}

export interface MatchHighlight {
  readonly highlight: Highlight | null;
  /** Highlights `matches` (usable ones, in document order) with the first current. */
  show(articleId: string, sectionId: string, matches: readonly TextMatch[]): void;
  next(): void;
  previous(): void;
  /** Removes the highlights and puts focus on the section they were in. */
  close(): void;
  /** Removes the highlights, leaving focus where it is: the article they were in is being left. */
  clear(): void;
}

/**
 * Owns the search highlights in the article and moves between them: the
 * next/previous controls and F3 / Shift+F3 (Ctrl/Cmd+G too) scroll the
 * current mark into view.
 */
export function useMatchHighlight(): MatchHighlight {
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  // Set by next/previous: after the render that moves the current mark, scroll to it.
  const reveal = useRef(false);

  const show = useCallback((articleId: string, sectionId: string, matches: readonly TextMatch[]) => {
    reveal.current = false;
    setHighlight((old) => ({ articleId, sectionId, matches, current: 0, shown: (old?.shown ?? 0) + 1 }));
  }, []);

  const step = useCallback((by: number) => {
    reveal.current = true;
    setHighlight((old) => {
      if (!old || old.matches.length === 0) return old;
      const count = old.matches.length;
      return { ...old, current: (old.current + by + count) % count };
    });
  }, []);
  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);

  const close = useCallback(() => {
    const target = highlight ? sectionElement(highlight.articleId, highlight.sectionId) : null;
    setHighlight(null);
    target?.focus({ preventScroll: true });
  }, [highlight]);

  const clear = useCallback(() => setHighlight(null), []);

  useEffect(() => {
    if (!reveal.current) return;
    reveal.current = false;
    const mark = document.querySelector('mark.search-hit--current');
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }, [highlight]);

  return { highlight, show, next, previous, close, clear };
}
