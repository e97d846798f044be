import { useCallback, useEffect, useRef, useState } from 'react';
import { isTextField } from '../../keyboard/keys';
import { jumpBehavior, sectionBlock, sectionElement } from '../reader/sectionElements';
import { currentSectionIndex } from './currentSection';
import { addressOf, articlePlace } from '../../../common/address';

/** The section in view, and the way to go to one. */
export interface SectionNavigation {
  readonly currentId: string | null;
  /** Scrolls to a section, marks it current, focuses its heading and puts it in the address. */
  goTo(sectionId: string): void;
  /** Puts a section at the top at once and marks it current: the section an address names, on arrival. */
  show(sectionId: string): boolean;
  /** Marks a section current (null: the lead) where the page stands now, until the reader scrolls: a restored reading position. */
  hold(sectionId: string | null): void;
  /**
   * The last place in this article the reader was taken to (goTo, show, an
   * address, `arrive`), a new object each time: the TOC opens up to show
   * it. Scrolling there is no arrival.
   */
  readonly arrival: SectionArrival | null;
  /** Records that the reader was taken to a section some other way (a bookmarked paragraph). */
  arrive(sectionId: string): void;
}

/** A section the reader was taken to. */
export interface SectionArrival {
  readonly articleId: string | null;
  readonly sectionId: string;
}

/**
 * A jump we made (or a reading position we restored): its section stays
 * current, even where the page cannot scroll far enough to bring the heading
 * to the top, until the reader scrolls.
 */
interface Pin {
  /** Null: the lead. */
  readonly id: string | null;
  /** A jump keeps its heading where it put it when the layout moves; a held position just stays. */
  readonly keepsHeading: boolean;
  /** Where the jump is headed (smooth scrolling takes a while to get there). */
  targetY: number;
  /** True once the page has arrived; from then on, any movement is the reader's. */
  arrived: boolean;
  /** Distance left to the target at the last scroll event: growing means someone else is scrolling. */
  distance: number;
}

// Keys that scroll the page: pressing one is the reader taking over from a jump.
const scrollKeys = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
// Scroll positions can be fractional; closer than this is "there".
const tolerance = 2;

/**
 * Tracks the current section while scrolling (scroll position, not
 * IntersectionObserver: the rule "last heading above a line" needs every
 * heading's position, not just the ones crossing an edge), and performs TOC
 * jumps in the article `articleId`. `sectionIds` must keep its identity while the sections stay the same.
 */
export function useSectionNavigation(articleId: string | null, sectionIds: readonly string[]): SectionNavigation {
  // The current section belongs to its article: another article starts with none (the lead).
  const [current, setCurrent] = useState<{ readonly articleId: string | null; readonly sectionId: string | null }>({
    articleId,
    sectionId: null,
  });
  const currentId = current.articleId === articleId ? current.sectionId : null;
  // The same state when nothing changed, so the scroll spy's every frame does not render the page again.
  const setCurrentId = useCallback(
    (sectionId: string | null) =>
      setCurrent((old) => (old.articleId === articleId && old.sectionId === sectionId ? old : { articleId, sectionId })),
    [articleId],
  );
  const pin = useRef<Pin | null>(null);
  const [lastArrival, setArrival] = useState<SectionArrival | null>(null);
  const arrival = lastArrival?.articleId === articleId ? lastArrival : null;
  const arrive = useCallback((sectionId: string) => setArrival({ articleId, sectionId }), [articleId]);

  // A jump or a held position in the article before is no pin on this one.
  useEffect(() => {
    pin.current = null;
  }, [articleId]);

  const jump = useCallback((id: string, behavior: ScrollBehavior): boolean => {
    const heading = articleId === null ? null : sectionElement(articleId, id);
    if (!heading) return false;
    const targetY = targetScrollY(heading);
    window.scrollTo({ top: targetY, behavior: jumpBehavior(targetY - window.scrollY, behavior) });
    const distance = Math.abs(window.scrollY - targetY);
    pin.current = { id, keepsHeading: true, targetY, arrived: distance < tolerance, distance };
    setCurrentId(id);
    arrive(id);
    return true;
  }, [articleId, setCurrentId, arrive]);

  const hold = useCallback((id: string | null) => {
    pin.current = { id, keepsHeading: false, targetY: window.scrollY, arrived: true, distance: 0 };
    setCurrentId(id);
  }, [setCurrentId]);

  // The scroll spy.
  useEffect(() => {
    if (articleId === null || sectionIds.length === 0) return;
    let frame = 0;

    const update = () => {
      frame = 0;
      const held = pin.current;
      if (held) {
        const distance = Math.abs(window.scrollY - held.targetY);
        if (!held.arrived && distance < tolerance) held.arrived = true;
        else if (held.arrived ? distance >= tolerance : distance > held.distance + tolerance) pin.current = null;
        else held.distance = distance;
        if (pin.current) return;
      }
      setCurrentId(measureCurrent(articleId, sectionIds));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onScrollEnd = () => {
      const held = pin.current;
      // A smooth jump that stopped short of its target was interrupted by the reader.
      if (held && !held.arrived && Math.abs(window.scrollY - held.targetY) >= tolerance) pin.current = null;
      schedule();
    };
    const release = () => {
      pin.current = null;
      schedule();
    };
    const onKey = (event: KeyboardEvent) => {
      if (scrollKeys.has(event.key) && !isTextField(event.target)) release();
    };
    // Fonts arriving, a resize or sections coming into layout move the headings: keep a pinned heading
    // where the jump put it, or, on the way there, head for where it is now.
    const resize = new ResizeObserver(() => {
      const held = pin.current;
      if (!held?.keepsHeading || held.id === null) return schedule();
      const heading = sectionElement(articleId, held.id);
      if (!heading) return;
      const targetY = targetScrollY(heading);
      if (Math.abs(targetY - held.targetY) < tolerance) return;
      held.targetY = targetY;
      held.distance = Math.abs(window.scrollY - targetY);
      window.scrollTo({ top: targetY, behavior: held.arrived ? 'instant' : 'smooth' });
    });

    schedule();
    resize.observe(document.body);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);
    window.addEventListener('resize', schedule);
    window.addEventListener('wheel', release, { passive: true });
    window.addEventListener('touchstart', release, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('scrollend', onScrollEnd);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('wheel', release);
      window.removeEventListener('touchstart', release);
      window.removeEventListener('keydown', onKey);
    };
  }, [articleId, sectionIds, setCurrentId]);

  const show = useCallback((id: string) => jump(id, 'instant'), [jump]);

  const goTo = useCallback(
    (id: string) => {
      if (!jump(id, prefersReducedMotion() ? 'instant' : 'smooth')) return;
      // The entry's address, not a new entry: a section jumped to is still the same visit.
      if (articleId !== null) history.replaceState(history.state, '', addressOf(articlePlace(articleId, id)));
      if (articleId !== null) sectionElement(articleId, id)?.focus({ preventScroll: true });
    },
    [articleId, jump],
  );

  return { currentId, goTo, show, hold, arrival, arrive };
}

/** The scroll position that puts a heading where its CSS scroll-margin says (below the sticky header). */
function targetScrollY(heading: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
  const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
  return Math.max(0, Math.min(maxScroll, heading.getBoundingClientRect().top + window.scrollY - margin));
}

function measureCurrent(articleId: string, ids: readonly string[]): string | null {
  // Blocks, not headings: a heading far from the view would have to be laid out to be measured.
  const blocks = ids.map((id) => sectionBlock(articleId, id));
  const first = ids[0] === undefined ? null : sectionElement(articleId, ids[0]);
  if (!first || blocks.some((block) => !block)) return null;
  const margin = parseFloat(getComputedStyle(first).scrollMarginTop) || 0;
  const index = currentSectionIndex({
    headingTops: blocks.map((block) => block!.getBoundingClientRect().top),
    // A little below where a jump lands a heading, so a jump always makes its target current.
    line: margin + Math.min(window.innerHeight * 0.15, 96),
    viewportHeight: window.innerHeight,
    scrollTop: window.scrollY,
    maxScroll: document.documentElement.scrollHeight - window.innerHeight,
  });
  return ids[index] ?? null;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
