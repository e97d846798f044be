/**
 * Small readers over parse5's default tree. Every walk here is iterative: a
 * page nested a hundred thousand tags deep must not overflow the call stack.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type Element = DefaultTreeAdapterTypes.Element;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** An attribute's value, or undefined when the element does not have it. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The element's classes (its `class` split on white space). */
export function classList(element: Element): string[] {
  return (attr(element, 'class') ?? '').split(/[ \t\n\r\f]+/).filter((c) => c !== '');
}

export function hasClass(element: Element, name: string): boolean {
  return classList(element).includes(name);
}

export function childNodesOf(node: Node): readonly Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Pushes a node's children so that popping yields them in document order (no spread: a node may have a million). */
export function pushChildren<T>(stack: T[], node: Node, wrap: (child: Node) => T): void {
  const children = childNodesOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push(wrap(children[i] as Node));
}

/**
 * The first element under `root` (root included), in document order, that
 * `matches`; subtrees that `prune` answers true for are not entered.
 */
export function findElement(
  root: Node,
  matches: (element: Element) => boolean,
  prune: (element: Element) => boolean = () => false,
): Element | undefined {
  for (const element of elementsUnder(root, prune)) if (matches(element)) return element;
  return undefined;
}

/** Every element under `root` (root included), in document order, skipping pruned subtrees. */
export function* elementsUnder(root: Node, prune: (element: Element) => boolean = () => false): Generator<Element> {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isElement(node)) {
      if (prune(node)) continue;
      yield node;
    }
    pushChildren(stack, node, (child) => child);
  }
}

/**
 * The text under a node as written (white space not yet collapsed), leaving
 * out the subtrees `skip` answers true for; a `<br>` counts as a space.
 */
export function textOf(root: Node, skip: (element: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if (isElement(node)) {
      if (node !== root && skip(node)) continue;
      if (node.tagName === 'br') parts.push(' ');
    }
    pushChildren(stack, node, (child) => child);
  }
  return parts.join('');
}

/** Browser white space: each run of ASCII white space is one space (a no-break space stays). */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** The nearest `lang` attribute on the element or one of its ancestors. */
export function nearestLang(element: Element): string | undefined {
  for (let node: ParentNode | null = element; node !== null; node = 'parentNode' in node ? node.parentNode : null) {
    if (!isElement(node)) continue;
    const lang = attr(node, 'lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}
