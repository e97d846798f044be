/**
 * The DOM ids of an article's section targets (the lead and each heading).
 * Scoped by article, so two articles' sections cannot clash on one page;
 * links and the URL fragment keep the plain section id.
 */

/** The element id of a section's jump target in `articleId`. */
export function sectionElementId(articleId: string, sectionId: string): string {
  return `${articleId}/${sectionId}`;
}

/** A section's jump target (the lead block or the heading), when it is on the page. */
export function sectionElement(articleId: string, sectionId: string): HTMLElement | null {
  return document.getElementById(sectionElementId(articleId, sectionId));
}

/**
 * The block a section occupies (from its heading to the next section): what
 * positions on the page are measured by. Sections far from the view are not
 * laid out (content-visibility, reader.css); their blocks are, with a size
 * held for them, while a heading inside one would have to be laid out to be measured.
 */
export function sectionBlock(articleId: string, sectionId: string): HTMLElement | null {
  const target = sectionElement(articleId, sectionId);
  return target?.closest<HTMLElement>('.article__section') ?? target;
}

/**
 * How to scroll `distance` pixels to a place: as asked near by, at once far
 * away. A smooth scroll across screens of text tells the reader nothing, and
 * the sections it passes come into layout on the way, moving its target.
 */
export function jumpBehavior(distance: number, behavior: ScrollBehavior): ScrollBehavior {
  return Math.abs(distance) > 2 * window.innerHeight ? 'instant' : behavior;
}

/** The rendered article `articleId`, when it is on the page. */
export function articleElement(articleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`article[data-article="${CSS.escape(articleId)}"]`);
}
