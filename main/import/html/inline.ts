/**
 * The runs of one paragraph: citation marks and formulas read out of their
 * markup, and text runs tidied the way a browser shows them.
 */
import type { Run } from '../../../common/article.js';
import { withoutBidiControls } from '../../library/bidi.js';
import { attr, collapseSpaces, findElement, hasClass, textOf, type Element } from './dom.js';
import { isDropped } from './dropped.js';

const citationNeededWords = new Set(['ต้องการอ้างอิง', 'citation needed']);
/** Longer than this (white space and brackets included), a sup is not the citation-needed mark. */
const maxCitationNeededLength = 64;

/**
 * The visible text of an element as a short label: white space collapsed and
 * trimmed, every bidi control dropped; `skip` says which elements it leaves out.
 */
export function labelOf(element: Element, skip: (element: Element) => boolean = isDropped): string {
  return withoutBidiControls(collapseSpaces(textOf(element, skip))).trim();
}

function unbracketed(label: string): string {
  return label.replace(/^\[\s*/, '').replace(/\s*\]$/, '');
}

/** A citation mark: `sup.reference` (desktop) or `sup.mw-ref` (Parsoid). */
export function isCiteMark(element: Element): boolean {
  return element.tagName === 'sup' && (hasClass(element, 'reference') || hasClass(element, 'mw-ref'));
}

/** A cite run with the mark's label without brackets ("[3]" → "3"), or undefined when it shows none. */
export function citeRun(sup: Element): Run | undefined {
  const label = unbracketed(labelOf(sup));
  return label === '' ? undefined : { cite: label };
}

/** The "citation needed" template: a `sup` that reads "[ต้องการอ้างอิง]" or "[citation needed]". */
export function isCitationNeeded(element: Element): boolean {
  if (element.tagName !== 'sup') return false;
  // Every sup is asked, nested ones too: reading only a label's length keeps that linear.
  const text = textOf(element, isDropped, maxCitationNeededLength);
  if (text.length > maxCitationNeededLength) return false;
  const label = withoutBidiControls(collapseSpaces(text)).trim();
  return citationNeededWords.has(unbracketed(label).toLowerCase());
}

/** Other inline maintenance tags ("[ลิงก์เสีย]", "[when?]") are notes to editors, not text. */
export function isMaintenanceTag(element: Element): boolean {
  return element.tagName === 'sup' && (hasClass(element, 'Inline-Template') || hasClass(element, 'noprint'));
}

/** A formula: MathML, or the math extension's wrapper around MathML and its fallback image. */
export function isMath(element: Element): boolean {
  return element.tagName === 'math' || hasClass(element, 'mwe-math-element');
}

// Letters, digits and plain operators: a formula a reader can follow as text. Anything
// with TeX commands, braces, sub- or superscripts is left out rather than shown as source.
const simpleFormula = /^[\p{L}\p{N} +\-−=×·.,()/']+$/u;

/** A formula's text when its TeX source is simple ("x + y"), else undefined (the formula is dropped). */
export function mathText(element: Element): string | undefined {
  const math = findElement(element, (e) => e.tagName === 'math' && attr(e, 'alttext') !== undefined);
  const image = findElement(element, (e) => e.tagName === 'img' && attr(e, 'alt') !== undefined);
  const source = (math && attr(math, 'alttext')) ?? (image && attr(image, 'alt')) ?? '';
  const tex = source.trim().replace(/^\{\\displaystyle\s*(.*)\}$/s, '$1').trim();
  return simpleFormula.test(tex) ? collapseSpaces(tex) : undefined;
}

type TextRun = Extract<Run, { readonly text: string }>;

function isTextRun(run: Run): run is TextRun {
  return 'text' in run;
}

/** Nothing a reader sees: white space and bidi marks only. */
function isBlank(text: string): boolean {
  return withoutBidiControls(text).trim() === '';
}

function withText(run: TextRun, text: string): TextRun {
  // A link showing nothing but white space is that space, not a link.
  return 'link' in run && !isBlank(text) ? { text, link: run.link } : { text };
}

/** White space collapsed across runs as a browser does: none at the start or end, never two in a row. */
function collapseAcrossRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let afterSpace = true;
  for (const run of runs) {
    if (!isTextRun(run)) {
      out.push(run);
      continue;
    }
    const text: string = afterSpace ? run.text.replace(/^ /, '') : run.text;
    if (text === '') continue;
    out.push(withText(run, text));
    afterSpace = text.endsWith(' ');
  }
  const lastText = out.findLastIndex(isTextRun);
  const last = out[lastText];
  if (last !== undefined && isTextRun(last)) {
    const trimmed = last.text.replace(/ $/, '');
    if (trimmed === '') out.splice(lastText, 1);
    else out[lastText] = withText(last, trimmed);
  }
  return out;
}

function sameKind(a: TextRun, b: TextRun): boolean {
  return ('link' in a ? a.link : undefined) === ('link' in b ? b.link : undefined);
}

/** Adjacent plain runs, and adjacent links to the same article, become one run. */
function mergeTextRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    if (previous !== undefined && isTextRun(previous) && isTextRun(run) && sameKind(previous, run)) {
      out[out.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      out.push(run);
    }
  }
  return out;
}

/**
 * A paragraph's runs as the reader gets them. The input's text is already
 * collapsed within each piece and free of scoped bidi controls; no text run
 * of the result is empty.
 */
export function finishRuns(runs: readonly Run[]): Run[] {
  return mergeTextRuns(collapseAcrossRuns(runs));
}

/** Whether a paragraph shows any text: one of citation marks, spaces or bidi marks alone is dropped. */
export function hasVisibleText(runs: readonly Run[]): boolean {
  return runs.some((run) => isTextRun(run) && !isBlank(run.text));
}
