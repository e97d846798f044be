/**
 * The search box's bookmarks and notes: the bookmarks whose name, note,
 * quoted text or label holds every term of the query, the reader's own
 * words (name and note) first. Text is folded as the library's search folds
 * it (common/fold.ts): case and Latin accents do not matter, Thai marks do,
 * and a term is found anywhere in a word, as Thai needs (it has no spaces).
 */
import type { ResolvedBookmark } from '../../../common/bookmarks';
import { fold, foldText } from '../../../common/fold';
import type { Excerpt } from '../../../common/search';

/** Like the library's search (main/search/query.ts): longer input is cut, and so is a list of terms. */
const maxQueryChars = 256;
const maxTerms = 16;

/** How much text an excerpt keeps around its match: enough to recognise a note in one or two lines. */
const contextBefore = 40;
const contextAfter = 100;

/** A bookmark with its text folded once per list, not once per keystroke. */
export interface SearchableBookmark {
  readonly bookmark: ResolvedBookmark;
  /** The reader's own words: name and note. */
  readonly own: readonly string[];
  /** What the article gave it: the quoted passage and the label (a heading when it has no name). */
  readonly given: readonly string[];
}

/** A bookmark a query found, with what the result shows of it. */
export interface BookmarkMatch {
  readonly bookmark: ResolvedBookmark;
  /** Every term is in the name or the note. */
  readonly ownWords: boolean;
  /** The label, its first match marked (`match` is "" when it holds none). */
  readonly label: Excerpt;
  /** A piece of the note around its first match; else of the quote around its; else the note's opening; null when there is no note or matching quote. */
  readonly snippet: { readonly from: 'note' | 'quote'; readonly excerpt: Excerpt } | null;
}

export interface BookmarkResults {
  /** At most `limit`, own words first, then in the list's order (library, then document order). */
  readonly matches: readonly BookmarkMatch[];
  /** How many bookmarks matched in all. */
  readonly total: number;
}

export const noBookmarkResults: BookmarkResults = { matches: [], total: 0 };

// A bookmark main answered is never changed (a change answers a new one): its folds are kept with it, so a
// change to the list folds only what changed (10,000 fold in ~35 ms: npm run bench:bookmark-search).
const folded = new WeakMap<ResolvedBookmark, SearchableBookmark>();

/** Folds every bookmark's text, for searchBookmarks. */
export function searchableBookmarks(bookmarks: readonly ResolvedBookmark[]): SearchableBookmark[] {
  return bookmarks.map((bookmark) => {
    let entry = folded.get(bookmark);
    if (!entry) {
      entry = {
        bookmark,
        own: [fold(bookmark.name), fold(bookmark.note)],
        given: [fold(bookmark.anchor.quote?.text ?? ''), fold(bookmark.label)],
      };
      folded.set(bookmark, entry);
    }
    return entry;
  });
}

/** The folded terms of a query: white space separates them, each is required; none for a blank or all-punctuation query. */
export function bookmarkTerms(query: string): string[] {
  const cut = Array.from(query).slice(0, maxQueryChars).join('').normalize('NFC');
  const terms = new Set<string>();
  for (const chunk of cut.split(/\s+/u)) {
    const term = fold(chunk);
    if (term !== '') terms.add(term);
    if (terms.size === maxTerms) break;
  }
  return [...terms];
}

/**
 * The bookmarks that hold every term of `query`, in `articleId`'s article
 * only when one is given (the box's "this article" scope).
 */
export function searchBookmarks(
  bookmarks: readonly SearchableBookmark[],
  query: string,
  { articleId, limit }: { readonly articleId: string | null; readonly limit: number },
): BookmarkResults {
  const terms = bookmarkTerms(query);
  if (terms.length === 0) return noBookmarkResults;
  const own: SearchableBookmark[] = [];
  const given: SearchableBookmark[] = [];
  for (const entry of bookmarks) {
    if (articleId !== null && entry.bookmark.anchor.articleId !== articleId) continue;
    const inOwn = (term: string) => entry.own.some((text) => text.includes(term));
    if (terms.every(inOwn)) own.push(entry);
    else if (terms.every((term) => inOwn(term) || entry.given.some((text) => text.includes(term)))) given.push(entry);
  }
  const found = [...own, ...given];
  return {
    matches: found.slice(0, limit).map((entry, index) => shownMatch(entry.bookmark, terms, index < own.length)),
    total: found.length,
  };
}

function shownMatch(bookmark: ResolvedBookmark, terms: readonly string[], ownWords: boolean): BookmarkMatch {
  const note = bookmark.note.normalize('NFC');
  const quote = (bookmark.anchor.quote?.text ?? '').normalize('NFC');
  const label = bookmark.label.normalize('NFC');
  const inNote = firstMatch(note, terms);
  const inQuote = inNote ? null : firstMatch(quote, terms);
  const snippet = inNote
    ? { from: 'note' as const, excerpt: excerpt(note, inNote) }
    : inQuote
      ? { from: 'quote' as const, excerpt: excerpt(quote, inQuote) }
      : note.trim() !== ''
        ? { from: 'note' as const, excerpt: excerpt(note, { start: 0, end: 0 }) }
        : null;
  return { bookmark, ownWords, label: excerpt(label, firstMatch(label, terms) ?? { start: 0, end: 0 }), snippet };
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Where the earliest match of any term stands in `text` (NFC), in its own offsets; null when none is there. */
export function firstMatch(text: string, terms: readonly string[]): Range | null {
  const folded = foldText(text);
  let best: { at: number; length: number } | null = null;
  for (const term of terms) {
    const at = folded.text.indexOf(term);
    if (at !== -1 && (!best || at < best.at || (at === best.at && term.length > best.length))) best = { at, length: term.length };
  }
  if (!best) return null;
  return { start: folded.start[best.at] as number, end: folded.end[best.at + best.length - 1] as number };
}

// Thai has no spaces between words: the dictionary's word breaks are where an excerpt may be cut.
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** The start of the word `at` falls in. */
function wordStart(text: string, at: number): number {
  return words.segment(text).containing(at)?.index ?? at;
}

/** The end of the word `at` falls in (`at` itself when a word starts there). */
function wordEnd(text: string, at: number): number {
  const word = words.segment(text).containing(at);
  return !word || word.index === at ? at : word.index + word.segment.length;
}

/**
 * `text` around `range`, cut at word breaks, on one line, with "…" where it
 * was cut. An empty range gives the text's opening with nothing marked.
 */
export function excerpt(text: string, range: Range): Excerpt {
  const from = range.start - contextBefore > 0 ? wordStart(text, range.start - contextBefore) : 0;
  const to = range.end + contextAfter < text.length ? wordEnd(text, range.end + contextAfter) : text.length;
  const oneLine = (piece: string) => piece.replace(/\s+/gu, ' ');
  const pre = oneLine(text.slice(from, range.start));
  const post = oneLine(text.slice(range.end, to));
  return {
    pre: from > 0 ? `…${pre.trimStart()}` : pre.trimStart(),
    match: oneLine(text.slice(range.start, range.end)),
    post: to < text.length ? `${post.trimEnd()}…` : post.trimEnd(),
  };
}
