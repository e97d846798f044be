/** Where the page stands, in viewport pixels; everything the scroll spy needs to decide. */
export interface ScrollGeometry {
  /** Top of each section heading relative to the viewport, in document order. */
  readonly headingTops: readonly number[];
  /** The line a heading must pass to make its section current. */
  readonly line: number;
  readonly viewportHeight: number;
  readonly scrollTop: number;
  readonly maxScroll: number;
}

/**
 * The index of the current section: the last one whose heading has passed
 * the line, or -1 while the reader is still above the first heading.
 *
 * Short sections at the end can never scroll up to the line, so over the last
 * half screen of scrolling the line slides down to the bottom of the viewport:
 * at the very bottom, the last section whose heading is in view is current.
 */
export function currentSectionIndex(geometry: ScrollGeometry): number {
  const { headingTops, viewportHeight, scrollTop, maxScroll } = geometry;
  let line = geometry.line;
  const sweep = Math.min(viewportHeight / 2, maxScroll);
  if (sweep > 0) {
    const remaining = Math.max(0, maxScroll - scrollTop);
    if (remaining < sweep) line += (viewportHeight - line) * (1 - remaining / sweep);
  }
  let current = -1;
  for (const [index, top] of headingTops.entries()) {
    if (top > line) break;
    current = index;
  }
  return current;
}
