import { useCallback, useEffect, useState } from 'react';
import { leadSectionId, paragraphText, type Article } from '../../../common/article';
import { textOffset, trimmedRange, type TextRange } from './selection';

/** Text the reader selected inside one paragraph, and where its button goes. */
export interface PassageSelection {
  readonly sectionId: string;
  readonly paragraph: number;
  readonly range: TextRange;
  /** The paragraph's block, which holds the button; `top`/`left` place it there, under the end of the selection. */
  readonly block: HTMLElement;
  readonly top: number;
  readonly left: number;
}

/**
 * Follows the page selection: when it lies inside one paragraph of the
 * article (and the mouse is not still dragging it), answers its range in
 * that paragraph's text; null otherwise.
 */
export function useSelectionBookmark(article: Article | null): { selection: PassageSelection | null; clear(): void } {
  const [selection, setSelection] = useState<PassageSelection | null>(null);

  useEffect(() => {
    if (!article) return;
    let frame = 0;
    let dragging = false;
    const update = () => {
      frame = 0;
      if (!dragging) setSelection(readSelection(article));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onDown = (event: PointerEvent) => {
      if (event.button === 0) dragging = true;
    };
    const onUp = () => {
      dragging = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onUp);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onUp);
    };
  }, [article]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection: article ? selection : null, clear };
}

function readSelection(article: Article): PassageSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer);
  const text = paragraph ? textOf(article, paragraph) : null;
  const block = paragraph?.parentElement;
  if (!paragraph || text === null || !block) return null;
  const start = textOffset(paragraph, range.startContainer, range.startOffset);
  let end = textOffset(paragraph, range.endContainer, range.endOffset);
  // A triple click selects up to the start of what follows: the paragraph to its end, nothing more.
  if (end === null && selectsNothingAfter(paragraph, range)) end = text.length;
  if (start === null || end === null) return null;
  const trimmed = trimmedRange(text, start, end);
  if (!trimmed) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  return {
    sectionId: paragraph.dataset.section ?? '',
    paragraph: Number(paragraph.dataset.paragraph),
    range: trimmed,
    block,
    top: last.bottom - box.top,
    left: Math.min(Math.max(last.right - box.left, 0), box.width),
  };
}

/** The paragraph element (`p[data-paragraph]`) a node is in. */
function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('p[data-paragraph]') ?? null;
}

/** The paragraph's text as the article model has it (the page's text includes citations). */
function textOf(article: Article, element: HTMLElement): string | null {
  const { section: sectionId, paragraph: index } = element.dataset;
  const paragraphs =
    sectionId === leadSectionId ? article.lead : article.sections.find((section) => section.id === sectionId)?.paragraphs;
  const found = paragraphs?.[Number(index)];
  return found ? paragraphText(found) : null;
}

function selectsNothingAfter(paragraph: HTMLElement, range: Range): boolean {
  const tail = document.createRange();
  tail.setStartAfter(paragraph);
  tail.setEnd(range.endContainer, range.endOffset);
  return !tail.collapsed ? tail.toString().trim() === '' : true;
}
