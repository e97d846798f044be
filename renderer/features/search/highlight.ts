/**
 * Placing search matches in the article. A `TextMatch` counts UTF-16 offsets
 * in a paragraph's text runs joined with citations left out; the page renders
 * runs one by one, so each match is cut into run-local ranges here.
 */
import { leadSectionId, paragraphText, type Article, type Run } from '../../../common/article';
import type { TextMatch } from '../../../common/search';

/** A range to mark in one piece of text: [start, end) in UTF-16 units, and which match it belongs to. */
export interface MarkRange {
  readonly start: number;
  readonly end: number;
  /** The match's place among all matches of the section, in document order. */
  readonly match: number;
}

/** The matches shown in one section, and which of them is current. */
export interface SectionHighlight {
  readonly matches: readonly TextMatch[];
  readonly current: number;
}

/** A piece of text, either plain (`match` null) or belonging to a match. */
export interface TextSegment {
  readonly text: string;
  readonly match: number | null;
}

/**
 * The matches of a hit that fit the open article, in document order (heading
 * first) and without overlaps. An index built from another copy of the article
 * could point past the text; such matches are dropped rather than misplaced.
 */
export function usableMatches(article: Article, sectionId: string, matches: readonly TextMatch[]): TextMatch[] {
  const section = sectionId === leadSectionId ? null : article.sections.find((s) => s.id === sectionId);
  if (sectionId !== leadSectionId && !section) return [];
  const heading = section ? section.heading : article.title;
  const paragraphs = section ? section.paragraphs : article.lead;
  const lengthOf = (paragraph: number | null): number => {
    if (paragraph === null) return heading.length;
    const found = Number.isInteger(paragraph) ? paragraphs[paragraph] : undefined;
    return found ? paragraphText(found).length : -1;
  };
  const place = (match: TextMatch) => match.paragraph ?? -1;
  const fitting = matches
    .filter(
      (m) =>
        Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= lengthOf(m.paragraph),
    )
    .sort((a, b) => place(a) - place(b) || a.start - b.start);
  const result: TextMatch[] = [];
  for (const match of fitting) {
    const previous = result.at(-1);
    if (previous && previous.paragraph === match.paragraph && match.start < previous.end) continue;
    result.push(match);
  }
  return result;
}

/** The marks of one paragraph (null: the heading), numbered by their place among all of `matches`. */
export function marksIn(matches: readonly TextMatch[], paragraph: number | null): MarkRange[] {
  const marks: MarkRange[] = [];
  matches.forEach((m, match) => {
    if (m.paragraph === paragraph) marks.push({ start: m.start, end: m.end, match });
  });
  return marks;
}

/**
 * Cuts ranges over a paragraph's joined text (search marks, bookmarked
 * passages) into ranges local to each run. Citation runs get none; a range
 * that spans a citation becomes two pieces sharing its other fields.
 */
export function marksPerRun<R extends { readonly start: number; readonly end: number }>(runs: readonly Run[], marks: readonly R[]): R[][] {
  let offset = 0;
  return runs.map((run) => {
    if (!('text' in run)) return [];
    const from = offset;
    offset += run.text.length;
    return clipRanges(marks, from, offset);
  });
}

/** The parts of `ranges` within [from, to), counted from `from`. */
export function clipRanges<R extends { readonly start: number; readonly end: number }>(ranges: readonly R[], from: number, to: number): R[] {
  return ranges
    .filter((r) => r.start < to && r.end > from)
    .map((r) => ({ ...r, start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from }));
}

/** Cuts text into plain and marked segments; `marks` must be sorted, within the text and not overlapping. */
export function segmentText(text: string, marks: readonly MarkRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start), match: null });
    segments.push({ text: text.slice(mark.start, mark.end), match: mark.match });
    at = mark.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: null });
  return segments;
}
