/**
 * From a DOM selection to a range in a paragraph's text. The page renders a
 * paragraph's text runs inside `[data-text-run]` elements; citations, the
 * word joiners before them and any controls sit outside, and are not part of
 * `paragraphText`, so only text under a run counts.
 */

/** Marks the element that holds one text run of a paragraph. */
export const textRunAttribute = 'data-text-run';

const textNode = 3;

/** The parts of a DOM node the walk reads: DOM nodes have them, and unit tests build plain objects. */
export interface TextTreeNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextTreeNode>;
  hasAttribute?(name: string): boolean;
}

/**
 * The UTF-16 offset in the paragraph's text (runs joined, citations left out)
 * of the DOM boundary point (`container`, `offset`) — a text node and a
 * character offset, or an element and a child index, as in a DOM Range.
 * A point inside a citation counts as the end of the text before it.
 * Null when the point is not inside `root`.
 */
export function textOffset(root: TextTreeNode, container: TextTreeNode, offset: number): number | null {
  let count = 0;
  // Depth first, in document order; answers true once the point is reached.
  const visit = (node: TextTreeNode, counted: boolean): boolean => {
    if (node.nodeType === textNode) {
      const length = node.nodeValue?.length ?? 0;
      if (node === container) {
        if (counted) count += Math.max(0, Math.min(offset, length));
        return true;
      }
      if (counted) count += length;
      return false;
    }
    const inRun = counted || node.hasAttribute?.(textRunAttribute) === true;
    const children = node.childNodes;
    // An element point lies before child `offset`: everything before it counts, whole.
    const stop = node === container ? Math.min(offset, children.length) : children.length;
    for (let index = 0; index < stop; index++) {
      const child = children[index];
      if (child && visit(child, inRun)) return true;
    }
    return node === container;
  };
  return visit(root, false) ? count : null;
}

/** A range in a paragraph's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The range between two offsets (in either order) without the white space at
 * its ends, which a drag selection easily picks up; null when nothing is left.
 */
export function trimmedRange(text: string, a: number, b: number): TextRange | null {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
