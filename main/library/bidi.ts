/**
 * Bidirectional controls in article text. An embedding, override or isolate
 * (U+202A–U+202E, U+2066–U+2069) acts until its closing control or the end of
 * the paragraph, so one left open in a title reorders whatever the app shows
 * after it (display spoofing). The marks (LRM, RLM, ALM) have no scope: they
 * are invisible letters that only set the direction of their neighbours.
 */

const scopedControls = /[\u202A-\u202E\u2066-\u2069]/g;
const marks = /[\u200E\u200F\u061C]/g;

/**
 * Article text without scoped controls, everywhere: paragraphs too, because
 * search excerpts, bookmark quotes and labels are cut out of them and shown
 * inline, and a cut can leave any pair unbalanced. The marks stay in body text,
 * where Wikipedia puts them (&lrm;) to order mixed Thai–Arabic or Hebrew text.
 */
export function withoutScopedBidiControls(text: string): string {
  return text.replace(scopedControls, '');
}

/**
 * A title or heading without any bidi control, marks included: it is a short
 * label shown beside the app's own words, also where nothing can isolate it
 * (the window title), and a leading mark would set its direction in the TOC.
 */
export function withoutBidiControls(text: string): string {
  return withoutScopedBidiControls(text).replace(marks, '');
}
