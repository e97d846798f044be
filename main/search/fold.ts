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
    const char = String.fromCodePoint(original.codePointAt(index) as number);
    let next = index + char.length;
    let folded = foldChar(char);
    // Sara am is often typed as nikhahit + sara aa (ํ + า); both spell ำ.
    if (char === '\u0e4d' && original[next] === '\u0e32') {
      folded = '\u0e33';
      next++;
    }
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

/** The folded form alone, for queries and indexing. */
export function fold(original: string): string {
  return foldText(original.normalize('NFC')).text;
}
