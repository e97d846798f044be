/**
 * Small readers over parse5's default tree. Every walk here is iterative, so
 * that no nesting of tags can overflow the call stack.
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
 * The nodes under `root` (root excluded), in document order, not entering the
 * elements `prune` answers true for. Children are taken one at a time, so a
 * walk that stops early never pays for a node with a million children.
 */
function* nodesUnder(root: Node, prune: (element: Element) => boolean): Generator<Node> {
  const stack: { readonly children: readonly Node[]; next: number }[] = [{ children: childNodesOf(root), next: 0 }];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const node = top.children[top.next++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    if (isElement(node) && prune(node)) continue;
    yield node;
    stack.push({ children: childNodesOf(node), next: 0 });
  }
}

/** Every element under `root` (root included), in document order, skipping pruned subtrees. */
export function* elementsUnder(root: Node, prune: (element: Element) => boolean = () => false): Generator<Element> {
  if (isElement(root)) {
    if (prune(root)) return;
    yield root;
  }
  for (const node of nodesUnder(root, prune)) if (isElement(node)) yield node;
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

/** A text node's text; a line break's space. */
function ownText(node: Node): string {
  if ('value' in node) return node.value;
  return isElement(node) && node.tagName === 'br' ? ' ' : '';
}

/**
 * The text under a node as written (white space not yet collapsed), leaving
 * out the subtrees `skip` answers true for; a `<br>` counts as a space. With
 * `maxLength`, it stops soon after that many characters (a check of a short
 * label need not read a long subtree).
 */
export function textOf(root: Node, skip: (element: Element) => boolean = () => false, maxLength = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  for (const node of nodesUnder(root, skip)) {
    const text = ownText(node);
    parts.push(text);
    length += text.length;
    if (length > maxLength) break;
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
