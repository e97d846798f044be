import { useEffect, useMemo, useRef } from 'react';
import { leadSectionId, type Article } from '../../../common/article';
import type { ReadingPosition } from '../../../common/reading';
import { useApi } from '../../useApi';
import { articleElement, sectionBlock, sectionElement } from '../reader/sectionElements';
import { lineAt, progressAt, type Region } from './progress';

// Scrolling writes at most once a second after it stops; leaving the page writes at once.
const saveDelayMs = 1000;
// Scroll positions can be fractional; closer than this is "there".
const tolerance = 2;
// What the reader doing something before the stored position arrives looks like: they have taken over.
const takeOverEvents = ['pointerdown', 'wheel', 'touchstart', 'keydown', 'hashchange'] as const;

/**
 * Where an article opens: where the reader stopped in it (`stored`), at its
 * top, at a section someone else scrolls to, or at a position left earlier
 * (back and forward). A new value is a new arrival, even to the same article.
 */
export type Landing =
  | { readonly at: 'stored' }
  | { readonly at: 'top' }
  | { readonly at: 'section' }
  | { readonly at: 'position'; readonly position: ReadingPosition };

/** What the reader can ask of the reading position. */
export interface ReadingPositionControl {
  /** Writes where the reader is now, if it changed: before the article is left, while it is still on the page. */
  saveNow(): void;
  /** Where the reader is now, if an article is on the page. */
  here(): ReadingPosition | null;
}

/**
 * Remembers where the reader is in `article`: the current section (`currentId`,
 * the TOC's; the lead when null) and how far into it, written to the main
 * process while reading. On arrival the page goes where `landing` says —
 * unless the reader has already moved. A stored position's section is handed
 * to `onRestored` (null: the lead) to be marked current: near the end of the
 * article the page may stop short of it, and where it stops the scroll spy
 * would name another section. `sectionIds` must keep its identity while the
 * sections stay the same.
 */
export function useReadingPosition(
  article: Article | null,
  sectionIds: readonly string[],
  currentId: string | null,
  onRestored: (sectionId: string | null) => void,
  landing: Landing,
): ReadingPositionControl {
  const api = useApi();
  const saveNow = useRef<() => void>(() => {});
  const here = useRef<() => ReadingPosition | null>(() => null);
  const current = useRef(currentId);
  const restored = useRef(onRestored);
  useEffect(() => {
    current.current = currentId;
    restored.current = onRestored;
  }, [currentId, onRestored]);

  useEffect(() => {
    if (!article) return;
    const articleId = article.id;
    const ids = [leadSectionId, ...sectionIds];
    let live = true;
    let restoring = true;
    // The reader's own input (takeOverEvents) while restoring: the page is theirs. Scrolls are not a sign:
    // sections coming into layout (content-visibility) change the page's height, and so its scroll, too.
    let tookOver = false;
    let timer = 0;
    let written = '';

    const save = () => {
      window.clearTimeout(timer);
      timer = 0;
      const position = measure(articleId, ids, current.current ?? leadSectionId);
      const key = JSON.stringify(position);
      if (!position || key === written) return;
      written = key;
      api.setReadingPosition(position).catch(() => {
        // Not saved: forget it was, so the next scroll tries again.
        written = '';
      });
    };
    const onScroll = () => {
      if (restoring) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, saveDelayMs);
    };
    const onLeave = () => {
      if (!restoring) save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    const takeOver = () => {
      tookOver = true;
    };
    const finishRestoring = () => {
      restoring = false;
      for (const type of takeOverEvents) window.removeEventListener(type, takeOver, true);
    };

    saveNow.current = onLeave;
    here.current = () => measure(articleId, ids, current.current ?? leadSectionId);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    for (const type of takeOverEvents) window.addEventListener(type, takeOver, { capture: true, passive: true });

    // Fonts change line heights: measure after they are in.
    const settle = <T,>(value: T) => document.fonts.ready.then(() => value);
    if (landing.at === 'section') finishRestoring();
    else if (landing.at === 'top') {
      window.scrollTo({ top: 0, behavior: 'instant' });
      finishRestoring();
    } else {
      const stored = landing.at === 'position' ? Promise.resolve(landing.position) : api.getReadingPosition(articleId);
      stored
        .then(settle)
        .then(async (position) => {
          if (!live || !position || tookOver || !restore(position, ids)) return;
          // Sections come into layout as they come into view (content-visibility): once they have, put the page right.
          await layoutSettled();
          if (!live || tookOver) return;
          restore(position, ids);
          written = JSON.stringify(position);
          restored.current(position.sectionId === leadSectionId ? null : position.sectionId);
        })
        .catch(() => {})
        .finally(() => live && finishRestoring());
    }

    return () => {
      live = false;
      saveNow.current = () => {};
      here.current = () => null;
      if (timer) save();
      finishRestoring();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [api, article, sectionIds, landing]);

  return useMemo(() => ({ saveNow: () => saveNow.current(), here: () => here.current() }), []);
}

/**
 * Resolves once the page's height has held for two frames (at most about 20
 * frames): sections brought into view are laid out at their real size, which
 * can bring more into view, near the end of an article, frame after frame.
 */
function layoutSettled(): Promise<void> {
  return new Promise((done) => {
    let frames = 0;
    let steady = 0;
    let height = -1;
    const step = () => {
      const now = document.documentElement.scrollHeight;
      steady = now === height ? steady + 1 : 0;
      height = now;
      if (steady >= 2 || ++frames >= 20) done();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Where the reader is now: `sectionId` and how far the reading line is into it; null once the article has left the page. */
function measure(articleId: string, ids: readonly string[], sectionId: string): ReadingPosition | null {
  if (!articleElement(articleId)) return null;
  const region = regionsOf(articleId, ids).get(sectionId);
  if (!region) return null;
  return { articleId, sectionId, progress: progressAt(region, window.scrollY + readingLine(articleId, ids)) };
}

/** Scrolls (instantly) to a stored position; false when its section is not in the article. */
function restore(position: ReadingPosition, ids: readonly string[]): boolean {
  const region = regionsOf(position.articleId, ids).get(position.sectionId);
  if (!region) return false;
  const top = Math.max(0, lineAt(region, position.progress) - readingLine(position.articleId, ids));
  if (Math.abs(window.scrollY - top) >= tolerance) window.scrollTo({ top, behavior: 'instant' });
  return true;
}

/**
 * Each section's extent in document pixels: from its heading to the next
 * heading; the lead from the top of the page, the last section to the end of the article.
 */
function regionsOf(articleId: string, ids: readonly string[]): Map<string, Region> {
  const tops = ids.map((id) => {
    if (id === leadSectionId) return 0;
    const element = sectionBlock(articleId, id);
    return element ? element.getBoundingClientRect().top + window.scrollY : null;
  });
  const article = articleElement(articleId);
  const end = article ? article.getBoundingClientRect().bottom + window.scrollY : document.documentElement.scrollHeight;
  const regions = new Map<string, Region>();
  tops.forEach((top, index) => {
    const id = ids[index];
    if (top === null || id === undefined) return;
    const next = tops.slice(index + 1).find((t): t is number => t !== null);
    regions.set(id, { top, bottom: next ?? end });
  });
  return regions;
}

/** The line a jump puts headings on (their scroll margin below the banner): the line positions are measured at. */
function readingLine(articleId: string, ids: readonly string[]): number {
  const first = ids.find((id) => id !== leadSectionId);
  const heading = first === undefined ? null : sectionElement(articleId, first);
  return heading ? parseFloat(getComputedStyle(heading).scrollMarginTop) || 0 : 0;
}
