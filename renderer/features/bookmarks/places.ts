/**
 * Where an article's bookmarks are, as the reader marks them: which sections
 * and paragraphs are bookmarked, and which passages to highlight. Read from
 * each bookmark's resolved `target` (where it points now), never its stored anchor.
 */
import type { ResolvedBookmark } from '../../../common/bookmarks';

/** A highlighted passage in a paragraph's text; `from` is the start of the first bookmark in it, to find it again. */
export interface PassageRange {
  readonly start: number;
  readonly end: number;
  readonly from: number;
}

export interface BookmarkPlaces {
  /** Section ids ("lead" for the lead) with a section bookmark. */
  readonly sections: ReadonlySet<string>;
  /** `placeKey`s of paragraphs with a paragraph bookmark. */
  readonly paragraphs: ReadonlySet<string>;
  /** Passages per paragraph (`placeKey`), sorted and merged where they overlap. */
  readonly passages: ReadonlyMap<string, readonly PassageRange[]>;
}

/** One key per paragraph of an article. */
export function placeKey(sectionId: string, paragraph: number): string {
  return `${paragraph}/${sectionId}`;
}

/** The places of the bookmarks of one article that could be found in it. */
export function bookmarkPlaces(bookmarks: readonly ResolvedBookmark[], articleId: string): BookmarkPlaces {
  const sections = new Set<string>();
  const paragraphs = new Set<string>();
  const ranges = new Map<string, PassageRange[]>();
  for (const bookmark of bookmarks) {
    const target = bookmark.target;
    if (bookmark.anchor.articleId !== articleId || !target) continue;
    if (bookmark.kind === 'section') {
      sections.add(target.sectionId);
      continue;
    }
    if (target.paragraph === null) continue;
    const key = placeKey(target.sectionId, target.paragraph);
    if (bookmark.kind === 'paragraph') paragraphs.add(key);
    else if (target.start !== null && target.end !== null && target.start < target.end) {
      const list = ranges.get(key) ?? [];
      list.push({ start: target.start, end: target.end, from: target.start });
      ranges.set(key, list);
    }
  }
  const passages = new Map<string, readonly PassageRange[]>();
  for (const [key, list] of ranges) passages.set(key, mergeRanges(list));
  return { sections, paragraphs, passages };
}

/** Sorted, with overlapping or touching ranges joined (the first one's `from` names the whole). */
export function mergeRanges(ranges: readonly PassageRange[]): PassageRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: PassageRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** A stretch of a run's text, inside a bookmarked passage or not. */
export interface PassagePiece {
  readonly text: string;
  /** Where the piece starts in the text it was cut from. */
  readonly start: number;
  readonly passage: PassageRange | null;
}

/** Cuts text into plain and passage pieces; `passages` must be sorted, within the text and not overlapping. */
export function splitByPassages(text: string, passages: readonly PassageRange[]): PassagePiece[] {
  const pieces: PassagePiece[] = [];
  let at = 0;
  for (const passage of passages) {
    const start = Math.max(at, passage.start);
    const end = Math.min(text.length, passage.end);
    if (start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), start: at, passage: null });
    pieces.push({ text: text.slice(start, end), start, passage });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, passage: null });
  return pieces;
}
