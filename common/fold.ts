/**
 * Folding text for search, with a map back to the original.
 *
 * Latin is case-insensitive and its diacritics fold (é → e); Thai vowel and
 * tone marks are meaning (ป่า is not ปา), so only the combining marks of the
 * Latin block (U+0300–U+036F) are dropped and Thai marks are never touched.
 * Anything that is not a letter, mark or digit is a separator and becomes one
 * space, so "20,000", "a:b" and "ค.ศ." compare the same in text and query.
 * Thai digits fold to 0–9, and sara am typed in two pieces (ํ + า) to ำ.
 */

/** Folded text plus, for each of its UTF-16 units, where it came from in the original. */
export interface FoldedText {
  readonly text: string;
  /** start[i]: index in the original of the character that gave text[i]. */
  readonly start: readonly number[];
  /** end[i]: index in the original just after that character. */
  readonly end: readonly number[];
}

const latinDiacritics = /[\u0300-\u036f]/g;
// Zero-width characters are invisible in Thai text but would split words and grams.
const invisible = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const wordChar = /^[\p{L}\p{M}\p{N}]$/u;

/** Folds one character: lowercase, Latin diacritics dropped; "" for invisible ones, " " for separators. */
function foldCharSlowly(char: string): string {
  if (invisible.test(char)) return '';
  if (!wordChar.test(char)) return ' ';
  return char.toLowerCase().normalize('NFD').replace(latinDiacritics, '').normalize('NFC');
}

// Thai and ASCII are nearly all the text: their folds are looked up, not computed
// (measured: per-character regex and normalize cost ~5 µs a character).
const tableStart = 0x0e00;
const tableEnd = 0x0e80;
const asciiTable = Array.from({ length: 0x80 }, (_, code) => foldCharSlowly(String.fromCharCode(code)));
const thaiTable = Array.from({ length: tableEnd - tableStart }, (_, i) => foldCharSlowly(String.fromCharCode(tableStart + i)));

/** Thai digits (๐–๙) are the same numbers as 0–9. */
const thaiZero = 0x0e50;

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= thaiZero && code <= thaiZero + 9) return String(code - thaiZero);
  if (code < 0x80) return asciiTable[code] as string;
  if (code >= tableStart && code < tableEnd) return thaiTable[code - tableStart] as string;
  return foldCharSlowly(char);
}

/** The fold of the character at `index` ("" or " " for invisible ones and separators), and where the next one starts. */
function foldAt(text: string, index: number): { readonly folded: string; readonly next: number } {
  const char = String.fromCodePoint(text.codePointAt(index) as number);
  // Sara am is often typed as nikhahit + sara aa (ํ + า); both spell ำ.
  if (char === '\u0e4d' && text[index + 1] === '\u0e32') return { folded: '\u0e33', next: index + 2 };
  return { folded: foldChar(char), next: index + char.length };
}

/**
 * Folds text for matching. Runs of separators collapse to one space and the
 * result has no leading or trailing space. Expects NFC text (the parser
 * normalises articles; queries are normalised before folding).
 */
export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let spacePending = false;
  let index = 0;
  while (index < original.length) {
    const { folded, next } = foldAt(original, index);
    if (folded === ' ') {
      // Emitted only when a word character follows, so there is never a space at either end.
      if (parts.length > 0 && !spacePending) {
        spacePending = true;
        start.push(index);
        end.push(next);
      }
    } else if (folded !== '') {
      if (spacePending) {
        parts.push(' ');
        spacePending = false;
      }
      parts.push(folded);
      for (let i = 0; i < folded.length; i++) {
        start.push(index);
        end.push(next);
      }
    }
    index = next;
  }
  if (spacePending) {
    start.pop();
    end.pop();
  }
  return { text: parts.join(''), start, end };
}

/** Folds to itself: a–z, 0–9, and Thai letters and marks but for nikhahit (which may start sara am). */
function foldsToItself(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0e01 && code <= 0x0e3a) ||
    (code >= 0x0e40 && code <= 0x0e4e && code !== 0x0e4d)
  );
}

/** Whether every character of folded text folds to itself (so raw text holds it exactly where its fold does). */
export function foldsToItselfOnly(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) if (!foldsToItself(folded.charCodeAt(i))) return false;
  return true;
}

/**
 * Characters that may join or make, when folded, characters that fold to
 * themselves. In text without them such characters fold in place, and every
 * other one to itself or a space: so a needle of them is in the fold exactly
 * where it is in the text. For a Thai needle that is what folds to nothing
 * (invisible characters and Latin combining accents, which join what they
 * split) and nikhahit (which may make ำ); for a Latin or number one, what
 * folds to nothing, accented Latin letters, Thai digits and the Kelvin and
 * ångström signs — capitals are not hazards, as search looks in the text
 * lowercased (SQL's lower(), ASCII only). A test folds every character to
 * check these.
 */
export const foldHazard = { thai: 1, plain: 2 } as const;
const hazardPatterns = [
  [foldHazard.thai, /[\u00ad\u200b-\u200d\u2060\ufeff]|[\u0300-\u036f\u0e4d]/u],
  [foldHazard.plain, /[\u00ad\u00c0-\u024f\u0e50-\u0e59\u1e00-\u1eff\u200b-\u200d\u2060\u212a\u212b\ufeff]|[\u0300-\u036f]/u],
] as const;

/** The hazards (foldHazard bits) the text holds, kept beside each section for search's prefilter. */
export function foldHazardsIn(text: string): number {
  return hazardPatterns.reduce((bits, [bit, pattern]) => (pattern.test(text) ? bits | bit : bits), 0);
}

/** The hazard bits that could hide a needle's place in the fold, if its characters fold to themselves. */
export function hazardsFor(needle: string): number {
  return isThai(needle) ? foldHazard.thai : foldHazard.thai | foldHazard.plain;
}

/** Whether the text is all Thai (no Latin letter or digit that SQL's lower() would have to fold). */
export function isThai(text: string): boolean {
  return /^[\u0e00-\u0e7f]*$/.test(text);
}

/**
 * The folded form alone, for queries and indexing: what foldText gives, without
 * the map back. Search folds every candidate section it verifies, so runs of
 * characters that fold to themselves are copied whole (measured: 4.5× faster).
 */
export function fold(original: string): string {
  const text = original.normalize('NFC');
  let folded = '';
  let spacePending = false;
  let index = 0;
  while (index < text.length) {
    let runEnd = index;
    while (runEnd < text.length && foldsToItself(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd > index) {
      if (spacePending) folded += ' ';
      spacePending = false;
      folded += text.slice(index, runEnd);
      index = runEnd;
      continue;
    }
    const { folded: one, next } = foldAt(text, index);
    if (one === ' ') spacePending = folded !== '';
    else if (one !== '') {
      if (spacePending) folded += ' ';
      spacePending = false;
      folded += one;
    }
    index = next;
  }
  return folded;
}
