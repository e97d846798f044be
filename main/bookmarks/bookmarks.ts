/**
 * The reader's bookmarks, kept in the persistent store. Every change is one
 * atomic write of the whole list (conf writes a temp file and renames it), so
 * a crash leaves either the list before or the list after, never half. Every
 * change answers what it changed, so the renderer never re-fetches the list.
 */
import {
  compareOrder,
  kindOfAnchor,
  type Bookmark,
  type BookmarkChange,
  type BookmarkPatch,
  type BookmarkPlace,
  type ImportSummary,
  type NewBookmark,
  type ResolvedBookmark,
} from '../../common/bookmarks.js';
import { ApiError } from '../../common/envelope.js';
import { limits } from '../../common/limits.js';
import { quote } from '../../common/refusal.js';
import type { Library } from '../library/library.js';
import type { StateStore } from '../store/state.js';
import { makeAnchor, resolveAnchor } from './anchor.js';
import { parseExport, toJson } from './exchange.js';

export interface Bookmarks {
  list(): Promise<ResolvedBookmark[]>;
  add(input: NewBookmark): Promise<BookmarkChange>;
  /** Bookmarks a section or paragraph, or removes the bookmarks of that kind it has. */
  toggle(place: BookmarkPlace): Promise<BookmarkChange>;
  update(id: string, patch: BookmarkPatch): Promise<BookmarkChange>;
  remove(id: string): Promise<BookmarkChange>;
  /** Undo: puts back the bookmarks given (those still present stay as they are). */
  restore(bookmarks: readonly Bookmark[]): Promise<BookmarkChange>;
  exportJson(): Promise<string>;
  importJson(json: string): Promise<ImportSummary>;
}

export interface BookmarkDeps {
  readonly store: StateStore;
  readonly library: Library;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createBookmarks({ store, library, now = () => new Date(), newId = () => crypto.randomUUID() }: BookmarkDeps): Bookmarks {
  const read = () => store.get('bookmarks');
  const write = (bookmarks: readonly Bookmark[]) => store.set('bookmarks', bookmarks);

  const resolve = async (bookmark: Bookmark): Promise<ResolvedBookmark> => {
    const article = await library.find(bookmark.anchor.articleId);
    const place = resolveAnchor(article, bookmark.anchor);
    const label = bookmark.name || (place.section?.heading ?? bookmark.anchor.quote?.text ?? bookmark.anchor.context);
    return {
      ...bookmark,
      status: place.status,
      target: place.target,
      label,
      articleTitle: article?.title ?? null,
      sectionHeading: place.section?.heading ?? null,
      order: [
        (await library.position(bookmark.anchor.articleId)) ?? Number.MAX_SAFE_INTEGER,
        place.sectionIndex,
        place.target?.paragraph ?? -1,
        place.target?.start ?? -1,
        Date.parse(bookmark.createdAt),
      ],
    };
  };
  const changed = async (saved: readonly Bookmark[], removed: readonly Bookmark[] = []): Promise<BookmarkChange> => ({
    saved: await Promise.all(saved.map(resolve)),
    removed,
  });
  const find = (id: string): Bookmark => {
    const bookmark = read().find((b) => b.id === id);
    if (!bookmark) throw new ApiError('not-found', `no bookmark with id ${quote(id)}`);
    return bookmark;
  };
  const addAll = (bookmarks: readonly Bookmark[]) => {
    const next = [...read(), ...bookmarks];
    if (next.length > limits.bookmarks) {
      throw new ApiError('bad-request', `Aksorn keeps at most ${limits.bookmarks} bookmarks`, {
        reason: 'too-many-bookmarks',
        max: limits.bookmarks,
      });
    }
    write(next);
  };
  // `argument`: what the API calls the input, for refusals to name the field that is wrong.
  const add = async (input: NewBookmark, argument = 'bookmark'): Promise<BookmarkChange> => {
    const article = await library.find(input.articleId);
    if (!article) throw new ApiError('not-found', `${argument}.articleId ${quote(input.articleId)} names no article in the library`);
    const anchor = makeAnchor(article, input, argument);
    const stamp = now().toISOString();
    const bookmark: Bookmark = {
      id: newId(),
      kind: kindOfAnchor(anchor),
      anchor,
      name: input.name.trim(),
      note: input.note,
      createdAt: stamp,
      updatedAt: stamp,
    };
    addAll([bookmark]);
    return changed([bookmark]);
  };

  return {
    async list() {
      const resolved = await Promise.all(read().map(resolve));
      return resolved.sort((a, b) => compareOrder(a.order, b.order));
    },
    add: (input) => add(input),
    async toggle(place) {
      // The place as the reader sees it: a bookmark counts where it points now (it may have moved).
      const kind = place.paragraph === null ? 'section' : 'paragraph';
      const article = await library.find(place.articleId);
      const here = read().filter((b) => {
        if (b.kind !== kind || b.anchor.articleId !== place.articleId) return false;
        const target = resolveAnchor(article, b.anchor).target;
        return target !== null && target.sectionId === place.sectionId && (kind === 'section' || target.paragraph === place.paragraph);
      });
      if (here.length === 0) return add({ ...place, range: null, name: '', note: '' }, 'place');
      const gone = new Set(here.map((b) => b.id));
      write(read().filter((b) => !gone.has(b.id)));
      return changed([], here);
    },
    async update(id, patch) {
      const old = find(id);
      const updated: Bookmark = {
        ...old,
        name: patch.name === undefined ? old.name : patch.name.trim(),
        note: patch.note ?? old.note,
        updatedAt: now().toISOString(),
      };
      write(read().map((b) => (b.id === id ? updated : b)));
      return changed([updated]);
    },
    async remove(id) {
      const removed = find(id);
      write(read().filter((b) => b.id !== id));
      return changed([], [removed]);
    },
    async restore(bookmarks) {
      // Undo may arrive twice (a double click): what is back already is left alone, and so is
      // a bookmark the list holds twice (the renderer's undo can merge two changes' removals).
      const present = new Set(read().map((b) => b.id));
      const back: Bookmark[] = [];
      for (const bookmark of bookmarks) {
        if (present.has(bookmark.id)) continue;
        present.add(bookmark.id);
        back.push(bookmark);
      }
      addAll(back);
      return changed(back);
    },
    async exportJson() {
      return toJson(read(), now());
    },
    async importJson(json) {
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
