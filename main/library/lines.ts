/**
 * Turns a raw text export into clean lines: the text every later step sees.
 */
import { withoutScopedBidiControls } from './bidi.js';

// Every line-break convention a text export may carry (Windows, old Mac, Unicode separators).
const lineBreak = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

// Other control characters carry nothing a reader can show; U+FEFF anywhere is a stray BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g;

// Zero-width characters join or split words inside a line, but at its ends they only hide a blank line.
const edges = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/gu;

/** Splits a text into NFC-normalized, trimmed lines without scoped bidi controls (bidi.ts says why); a blank line becomes "". */
export function toLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(lineBreak)
    .map((line) => withoutScopedBidiControls(line.replace(invisible, '')).replace(edges, ''));
}
