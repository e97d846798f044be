/**
 * Filtering the table of contents by part of a heading: the headings that
 * hold the text, each with the sections it lies in for context, and where
 * the text is in each heading, to highlight.
 */
import type { Section } from '../../../common/article';
import { ancestorsOf, type OutlineEntry } from './outline';

/** A stretch of a heading, in UTF-16 units: [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** An entry the filter lists, with the entries listed under it. */
export interface FilteredEntry {
  readonly section: Section;
  /** False for a section listed only because a match lies inside it. */
  readonly matched: boolean;
  /** Where the filter's text is in the heading, in order; empty when not matched. */
  readonly marks: readonly TextRange[];
  readonly children: readonly FilteredEntry[];
}

/** What a filter lists. */
export interface OutlineFilter {
  readonly entries: readonly FilteredEntry[];
  /** How many headings hold the text (the sections listed only for context not counted). */
  readonly matchCount: number;
  /** The first heading that holds the text, in document order; null when none does. */
  readonly firstMatch: string | null;
  /** Every section listed: the matches and the sections they lie in. */
  readonly listed: ReadonlySet<string>;
}

/** Longer than any heading worth typing; keeps a pasted page from being matched against every heading. */
export const maxFilterLength = 200;

/**
 * The headings of `outline` that hold `query`, ignoring case, Latin accents,
 * Thai or ASCII digits, invisible characters and how spaces run; null when
 * the query holds nothing to match (so the whole outline shows).
 */
export function filterOutline(outline: readonly OutlineEntry[], query: string): OutlineFilter | null {
  const needle = filterNeedle(query);
  if (needle === '') return null;
  const found = { matchCount: 0, firstMatch: null as string | null, listed: new Set<string>() };
  const visit = (entries: readonly OutlineEntry[]): FilteredEntry[] =>
    entries.flatMap((entry) => {
      // The section before its subsections: document order, for the first match.
      const marks = rangesOf(foldedHeading(entry.section), needle);
      if (marks.length > 0) {
        found.matchCount++;
        found.firstMatch ??= entry.section.id;
      }
      const children = visit(entry.children);
      if (marks.length === 0 && children.length === 0) return [];
      found.listed.add(entry.section.id);
      return [{ section: entry.section, matched: marks.length > 0, marks, children }];
    });
  const entries = visit(outline);
  return { entries, ...found };
}

/**
 * The entry that stands for `sectionId` in a filtered TOC: its own when it is
 * listed, else the innermost listed section it lies in; null when neither is.
 */
export function listedEntryFor(
  parents: ReadonlyMap<string, string>,
  listed: ReadonlySet<string>,
  sectionId: string,
): string | null {
  return [...ancestorsOf(parents, sectionId), sectionId].findLast((id) => listed.has(id)) ?? null;
}

/** The folded text a query looks for: '' when it holds nothing to match. */
export function filterNeedle(query: string): string {
  return foldWithMap(query.slice(0, maxFilterLength).normalize('NFC')).text.trim();
}

/** Folded text and, for each of its UTF-16 units, the stretch of the original it came from. */
interface Folded {
  readonly text: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** The original's length. */
  readonly length: number;
}

// Headings are folded once per article (sections keep their identity while the article is open).
const foldedHeadings = new WeakMap<Section, Folded>();

function foldedHeading(section: Section): Folded {
  let folded = foldedHeadings.get(section);
  if (!folded) {
    folded = foldWithMap(section.heading);
    foldedHeadings.set(section, folded);
  }
  return folded;
}

/** Every place `needle` is in the folded heading, as stretches of the original heading (overlaps joined). */
function rangesOf(heading: Folded, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let at = heading.text.indexOf(needle); at >= 0; at = heading.text.indexOf(needle, at + needle.length)) {
    const start = heading.start[at]!;
    // Up to the next folded unit: what folded to nothing after the match (an accent, say) goes with it.
    const end = Math.max(heading.end[at + needle.length - 1]!, heading.start[at + needle.length] ?? heading.length);
    const last = ranges.at(-1);
    // One character may fold to two units (ำ, ligatures): matches either side of it meet inside it.
    if (last && start < last.end) ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else ranges.push({ start, end });
  }
  return ranges;
}

// Zero-width characters are invisible in Thai text but would split what the reader types.
const invisible = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
const latinDiacritics = /[\u0300-\u036f]/g;
const thaiZero = 0x0e50;
const saraAm = 0x0e33;

/**
 * One character as matched: lower case, compatibility forms decomposed and
 * Latin accents dropped (É, é and e alike), Thai digits as 0–9, sara am as
 * nikhahit + sara aa (the two ways it is typed), any space as " ", and
 * nothing for invisible characters. Thai and ASCII, nearly all there is, take
 * the quick paths.
 */
function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return /\s/.test(char) ? ' ' : char.toLowerCase();
  if (code >= 0x0e00 && code < 0x0e80) {
    if (code >= thaiZero && code <= thaiZero + 9) return String(code - thaiZero);
    return code === saraAm ? '\u0e4d\u0e32' : char;
  }
  if (invisible.test(char)) return '';
  if (/^\s$/u.test(char)) return ' ';
  return char.toLowerCase().normalize('NFKD').replace(latinDiacritics, '');
}

/** Folds text character by character, runs of spaces to one, keeping where each folded unit came from. */
function foldWithMap(original: string): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let index = 0; index < original.length; ) {
    const char = String.fromCodePoint(original.codePointAt(index)!);
    const next = index + char.length;
    const folded = foldChar(char);
    if (!(folded === ' ' && text.endsWith(' '))) {
      text += folded;
      for (let unit = 0; unit < folded.length; unit++) {
        start.push(index);
        end.push(next);
      }
    }
    index = next;
  }
  return { text, start, end, length: original.length };
}
