/**
 * The reader's bookmarks, kept in the persistent store. Every change is one
 * atomic write of the whole list (conf writes a temp file and renames it), so
 * a crash leaves either the list before or the list after, never half.
 */
import type Conf from 'conf';
import {
  ApiError,
  type Bookmark,
  type BookmarkExportFormat,
  type ImportSummary,
  type NewBookmark,
  type ResolvedBookmark,
} from '../contract.js';
import type { Library } from '../library/library.js';
import type { PersistedState } from '../store/schema.js';
import { kindOf, makeAnchor, resolveAnchor } from './anchor.js';
import { maxImportedBookmarks, parseExport, toJson, toMarkdown } from './exchange.js';

export interface Bookmarks {
  list(): ResolvedBookmark[];
  add(input: NewBookmark): ResolvedBookmark;
  update(id: string, patch: { readonly name?: string; readonly note?: string }): ResolvedBookmark;
  remove(id: string): Bookmark;
  restore(bookmark: Bookmark): ResolvedBookmark;
  exportAs(format: BookmarkExportFormat): string;
  importJson(json: string): ImportSummary;
}

export interface BookmarkDeps {
  readonly store: Conf<PersistedState>;
  readonly library: Library;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createBookmarks({ store, library, now = () => new Date(), newId = () => crypto.randomUUID() }: BookmarkDeps): Bookmarks {
  const read = () => store.get('bookmarks');
  const write = (bookmarks: readonly Bookmark[]) => store.set('bookmarks', bookmarks);
  // The library does not change while the app runs.
  const articleOrder = new Map(library.list().map((article, i) => [article.id, i]));

  const resolve = (bookmark: Bookmark): ResolvedBookmark & { readonly sortKey: readonly number[] } => {
    const article = library.find(bookmark.anchor.articleId);
    const place = resolveAnchor(article, bookmark.anchor);
    const label = bookmark.name || (place.section?.heading ?? bookmark.anchor.quote?.text ?? bookmark.anchor.context);
    return {
      ...bookmark,
      status: place.status,
      target: place.target,
      label,
      articleTitle: article?.title ?? null,
      sectionHeading: place.section?.heading ?? null,
      sortKey: [
        articleOrder.get(bookmark.anchor.articleId) ?? Number.MAX_SAFE_INTEGER,
        place.sectionIndex,
        place.target?.paragraph ?? -1,
        place.target?.start ?? -1,
        Date.parse(bookmark.createdAt),
      ],
    };
  };
  const shown = (bookmark: Bookmark): ResolvedBookmark => {
    const { sortKey: _, ...resolved } = resolve(bookmark);
    return resolved;
  };
  const find = (id: string): Bookmark => {
    const bookmark = read().find((b) => b.id === id);
    if (!bookmark) throw new ApiError('not-found', `no bookmark with id "${id}"`);
    return bookmark;
  };
  const list = (): ResolvedBookmark[] =>
    read()
      .map(resolve)
      .sort((a, b) => compareKeys(a.sortKey, b.sortKey))
      .map(({ sortKey: _, ...resolved }) => resolved);
  const addAll = (bookmarks: readonly Bookmark[]) => {
    const next = [...read(), ...bookmarks];
    if (next.length > maxImportedBookmarks) throw new ApiError('bad-request', `Aksorn keeps at most ${maxImportedBookmarks} bookmarks`);
    write(next);
  };

  return {
    list,
    add(input) {
      const anchor = makeAnchor(library.get(input.articleId), input);
      const stamp = now().toISOString();
      const bookmark: Bookmark = {
        id: newId(),
        kind: kindOf(input),
        anchor,
        name: input.name.trim(),
        note: input.note,
        createdAt: stamp,
        updatedAt: stamp,
      };
      addAll([bookmark]);
      return shown(bookmark);
    },
    update(id, patch) {
      const old = find(id);
      const updated: Bookmark = {
        ...old,
        name: patch.name === undefined ? old.name : patch.name.trim(),
        note: patch.note ?? old.note,
        updatedAt: now().toISOString(),
      };
      write(read().map((b) => (b.id === id ? updated : b)));
      return shown(updated);
    },
    remove(id) {
      const removed = find(id);
      write(read().filter((b) => b.id !== id));
      return removed;
    },
    restore(bookmark) {
      // Undo may arrive twice (a double click): the second is a no-op.
      if (!read().some((b) => b.id === bookmark.id)) addAll([bookmark]);
      return shown(bookmark);
    },
    exportAs(format) {
      return format === 'json' ? toJson(read(), now()) : toMarkdown(list());
    },
    importJson(json) {
      const incoming = parseExport(json);
      const present = read();
      const ids = new Set(present.map((b) => b.id));
      const places = new Set(present.map(sameness));
      const fresh: Bookmark[] = [];
      for (const bookmark of incoming) {
        if (ids.has(bookmark.id) || places.has(sameness(bookmark))) continue;
        fresh.push(bookmark);
        ids.add(bookmark.id);
        places.add(sameness(bookmark));
      }
      addAll(fresh);
      return { added: fresh.length, skipped: incoming.length - fresh.length };
    },
  };
}

/** Two bookmarks are the same when they point at the same text with the same name and note. */
function sameness({ anchor, name, note }: Bookmark): string {
  return JSON.stringify([anchor.articleId, anchor.sectionId, anchor.paragraph, anchor.quote?.text ?? null, name, note]);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
