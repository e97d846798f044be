/** Scrolling to a paragraph or passage a bookmark points to. */
import type { BookmarkTarget } from '../../../common/bookmarks';
import { articleElement, jumpBehavior } from '../reader/sectionElements';

/**
 * Scrolls a paragraph target in the article `articleId` into view (a
 * passage: its highlight, centred) and focuses the paragraph for screen
 * readers. False when the page has no such paragraph.
 */
export function revealParagraph(articleId: string, target: BookmarkTarget, behavior: ScrollBehavior): boolean {
  if (target.paragraph === null) return false;
  const paragraph = articleElement(articleId)?.querySelector<HTMLElement>(
    `p[data-section="${CSS.escape(target.sectionId)}"][data-paragraph="${target.paragraph}"]`,
  );
  if (!paragraph) return false;
  const passage =
    target.start === null ? null : paragraph.querySelector<HTMLElement>(`mark.bookmark-passage[data-from="${target.start}"]`);
  const shown = passage ?? paragraph;
  shown.scrollIntoView({ block: passage ? 'center' : 'start', behavior: jumpBehavior(shown.getBoundingClientRect().top, behavior) });
  // Focusable only for this: a tabindex on every paragraph would make each click move focus.
  paragraph.tabIndex = -1;
  paragraph.focus({ preventScroll: true });
  return true;
}
