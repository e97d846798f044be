/**
 * Parses a page with parse5, refusing markup no Wikipedia page has: elements
 * nested thousands deep, or millions of them.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import type { Node } from './dom.js';
import { refusal } from './refusal.js';

/**
 * Wikipedia's pages nest a few dozen elements deep. Markup nested far deeper
 * (thousands of unclosed tags) makes the parser's scope checks walk a huge
 * stack for every tag. Browsers cap the depth too (Chromium at 512).
 */
export const maxNestingDepth = 1000;

/**
 * A page's markup has about one element per 80 bytes, so a page under the
 * size cap has well under half a million. A parsed element costs some 240
 * bytes, and a file of nothing but short tags ("<b><p>" again and again)
 * would otherwise cost gigabytes.
 */
export const maxElements = 1_000_000;

/** How much markup a parse takes before it stops. */
export interface TreeLimits {
  readonly depth: number;
  readonly elements: number;
}

const pageLimits: TreeLimits = { depth: maxNestingDepth, elements: maxElements };

class TooMuch extends Error {}

/** The default tree, counting elements and keeping each one's depth, so that too much stops the parse. */
function guardedAdapter(limits: TreeLimits): TreeAdapter<DefaultTreeAdapterMap> {
  // A Map, not a WeakMap: the tree lives no longer than the parse, and a WeakMap of
  // a million nodes costs the garbage collector seconds.
  const depths = new Map<Node, number>();
  const place = (parent: Node, child: Node): void => {
    const depth = (depths.get(parent) ?? 0) + 1;
    if (depth > limits.depth) throw new TooMuch(`elements nested more than ${limits.depth} deep`);
    depths.set(child, depth);
  };
  let elements = 0;
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > limits.elements) throw new TooMuch(`more than ${limits.elements.toLocaleString('en-US')} elements`);
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, child) {
      place(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      place(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
  };
}

/** The page's document tree; a refusal naming `name` when its markup passes a limit (a page's, unless told). */
export function parseDocument(html: string, name: string, limits: TreeLimits = pageLimits): Node {
  try {
    return parse(html, { treeAdapter: guardedAdapter(limits) });
  } catch (error) {
    if (error instanceof TooMuch) throw refusal(name, `${error.message}; not a Wikipedia page`);
    throw error;
  }
}
