/**
 * Reads a page's content element into a flat sequence of headings and
 * paragraphs, as a reader sees it: inline content between two block
 * boundaries is one paragraph, and every list item (at any depth) is one
 * paragraph that says how deep it is.
 */
import { maxListDepth, type ListItem, type Paragraph, type Run } from '../../../common/article.js';
import { withoutScopedBidiControls } from '../../library/bidi.js';
import { collapseSpaces, isElement, pushChildren, textOf, type Element, type Node } from './dom.js';
import { isDropped } from './dropped.js';
import {
  citeRun,
  finishRuns,
  hasVisibleText,
  isCitationNeeded,
  isCiteMark,
  isMaintenanceTag,
  isMath,
  labelOf,
  mathText,
} from './inline.js';
import { linkTarget } from './links.js';

export type HeadingLevel = 2 | 3 | 4;

export type Block =
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph };

/** Where a node sits: how many lists enclose it, whether the innermost is ordered, and its list item. */
interface Context {
  readonly listDepth: number;
  readonly ordered: boolean;
  readonly item: ListItem | undefined;
}

const headingLevels: Readonly<Record<string, HeadingLevel>> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const listTags = new Set(['ul', 'ol', 'dl']);
const itemTags = new Set(['li', 'dd', 'dt']);
const blockTags = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'aside', 'blockquote', 'center',
  'pre', 'address', 'hr', 'details', 'summary', 'fieldset', 'figcaption',
]);

/** A task on the walk's stack: a node to visit, or the end of a block (its pending text becomes a paragraph). */
type Task = { readonly node: Node; readonly context: Context } | 'end of block';

/** Body text as shown: white space collapsed, scoped bidi controls dropped (marks kept). */
function shownText(text: string): string {
  return withoutScopedBidiControls(collapseSpaces(text));
}

/** A heading's text without its edit link, cite marks or maintenance tags. */
function headingText(heading: Element): string {
  return labelOf(heading, (e) => isDropped(e) || isCiteMark(e) || isMaintenanceTag(e) || isCitationNeeded(e));
}

/** The context of an element's children: lists nest one deeper, a list item starts an item. */
function childContext(element: Element, context: Context): Context {
  const tag = element.tagName;
  if (listTags.has(tag)) return { listDepth: context.listDepth + 1, ordered: tag === 'ol', item: context.item };
  if (!itemTags.has(tag)) return context;
  const depth = Math.min(Math.max(context.listDepth, 1), maxListDepth);
  return { ...context, item: { ordered: tag === 'li' && context.ordered, depth } };
}

class BlockReader {
  readonly blocks: Block[] = [];
  private pending: Run[] = [];
  private pendingItem: ListItem | undefined;

  constructor(private readonly lang: string | undefined) {}

  read(root: Element): Block[] {
    const stack: Task[] = [];
    pushChildren(stack, root, (node) => ({ node, context: { listDepth: 0, ordered: false, item: undefined } }));
    for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
      if (task === 'end of block') this.endParagraph();
      else this.visit(task.node, task.context, stack);
    }
    this.endParagraph();
    return this.blocks;
  }

  private visit(node: Node, context: Context, stack: Task[]): void {
    if (node.nodeName === '#text' && 'value' in node) {
      this.add({ text: shownText(node.value) }, context);
      return;
    }
    if (!isElement(node) || isDropped(node) || this.readWhole(node, context)) return;
    const inner = childContext(node, context);
    if (inner !== context || blockTags.has(node.tagName)) {
      this.endParagraph();
      stack.push('end of block');
    }
    pushChildren(stack, node, (child) => ({ node: child, context: inner }));
  }

  /** Reads an element taken as one piece (a heading, link, mark or formula), or one left out; false for others. */
  private readWhole(element: Element, context: Context): boolean {
    const tag = element.tagName;
    const level = headingLevels[tag];
    if (level !== undefined) this.addHeading(element, level);
    else if (tag === 'a') this.addLink(element, context);
    else if (tag === 'br') this.add({ text: ' ' }, context);
    else if (isCiteMark(element)) this.addMark(citeRun(element), context);
    else if (isCitationNeeded(element)) this.add({ citationNeeded: true }, context);
    else if (isMath(element)) this.add({ text: shownText(mathText(element) ?? '') }, context);
    else if (isMaintenanceTag(element)) return true;
    else return false;
    return true;
  }

  private addHeading(element: Element, level: HeadingLevel): void {
    this.endParagraph();
    const text = headingText(element);
    if (text !== '') this.blocks.push({ kind: 'heading', level, text });
  }

  private addLink(anchor: Element, context: Context): void {
    const text = shownText(textOf(anchor, isDropped));
    const link = linkTarget(anchor, this.lang);
    this.add(link === undefined ? { text } : { text, link }, context);
  }

  private addMark(run: Run | undefined, context: Context): void {
    if (run !== undefined) this.add(run, context);
  }

  private add(run: Run, context: Context): void {
    if ('text' in run && run.text === '') return;
    if (this.pending.length > 0 && this.pendingItem !== context.item) this.endParagraph();
    this.pendingItem = context.item;
    this.pending.push(run);
  }

  private endParagraph(): void {
    const runs = finishRuns(this.pending);
    const item = this.pendingItem;
    this.pending = [];
    this.pendingItem = undefined;
    if (!hasVisibleText(runs)) return;
    this.blocks.push({ kind: 'paragraph', paragraph: item === undefined ? { runs } : { runs, item } });
  }
}

/** The headings and paragraphs of a content element; `lang` is the page's declared language (for its links). */
export function readBlocks(content: Element, lang: string | undefined): Block[] {
  return new BlockReader(lang).read(content);
}
