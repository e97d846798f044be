/** How the bookmarks panel lists bookmarks: grouped by article, filtered by what the reader types. */
import { compareOrder, type BookmarkChange, type ResolvedBookmark } from '../../../common/bookmarks';

/** The bookmarks of one article, in the order the main process listed them (document order). */
export interface BookmarkGroup {
  readonly articleId: string;
  /** The article's title, or the one it had when it is no longer in the library. */
  readonly articleTitle: string;
  readonly articleMissing: boolean;
  readonly bookmarks: readonly ResolvedBookmark[];
}

/** Groups bookmarks by article, keeping both the order of the articles and the order within each. */
export function groupByArticle(bookmarks: readonly ResolvedBookmark[]): BookmarkGroup[] {
  const groups = new Map<string, { articleTitle: string; articleMissing: boolean; bookmarks: ResolvedBookmark[] }>();
  for (const bookmark of bookmarks) {
    const articleId = bookmark.anchor.articleId;
    const group = groups.get(articleId);
    if (group) group.bookmarks.push(bookmark);
    else groups.set(articleId, { articleTitle: bookmark.articleTitle, articleMissing: bookmark.articleMissing, bookmarks: [bookmark] });
  }
  return [...groups].map(([articleId, group]) => ({ articleId, ...group }));
}

/** The list after a change main answered: removed ones out, saved ones in (replacing their old copy), in main's order. */
export function applyChange(list: readonly ResolvedBookmark[], change: BookmarkChange): ResolvedBookmark[] {
  const replaced = new Set([...change.removed, ...change.saved].map((b) => b.id));
  return [...list.filter((b) => !replaced.has(b.id)), ...change.saved].sort((a, b) => compareOrder(a.order, b.order));
}

/** Case and Unicode form do not matter; white space inside the query does. */
function forFilter(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase();
}

/** The bookmarks whose label, name, note or quote contains the query; all of them for a blank query. */
export function filterBookmarks(bookmarks: readonly ResolvedBookmark[], query: string): readonly ResolvedBookmark[] {
  const wanted = forFilter(query.trim());
  if (wanted === '') return bookmarks;
  return bookmarks.filter((b) =>
    [b.label, b.name, b.note, b.anchor.quote?.text ?? ''].some((field) => forFilter(field).includes(wanted)),
  );
}

/** A note on one line, cut to about `max` characters: enough to recognise it in a list. */
export function notePreview(note: string, max = 120): string {
  const line = note.replace(/\s+/gu, ' ').trim();
  if (line.length <= max) return line;
  return line.slice(0, max).trimEnd() + '…';
}
