/**
 * The reader's bookmarks, kept in the library database. Every change is one
 * transaction over the bookmarks it touches, so a crash leaves either the
 * list before or the list after, never half. Every change answers what it
 * changed, so the renderer never re-fetches the list.
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
import type { Article } from '../../common/article.js';
import { ApiError } from '../../common/envelope.js';
import { limits } from '../../common/limits.js';
import { quote } from '../../common/refusal.js';
import type { Library } from '../library/library.js';
import { makeAnchor, resolveAnchor } from './anchor.js';
import type { BookmarkRows } from './bookmarkRows.js';
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
  readonly rows: BookmarkRows;
  readonly library: Library;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createBookmarks({ rows, library, now = () => new Date(), newId = () => crypto.randomUUID() }: BookmarkDeps): Bookmarks {
  const read = () => rows.all();

  // Many bookmarks share an article: one listing reads (and inflates) each article once.
  const articleFinder = () => {
    const found = new Map<string, Promise<Article | undefined>>();
    return (id: string) => {
      let article = found.get(id);
      if (!article) found.set(id, (article = library.find(id)));
      return article;
    };
  };
  // Ids of imported articles are their titles with "_" for " " (library/title.ts): the best guess for one never held here.
  const formerTitle = async (articleId: string) => (await library.removedTitle(articleId)) ?? articleId.replace(/_/g, ' ');
  const resolve = async (bookmark: Bookmark, findArticle: (id: string) => Promise<Article | undefined>): Promise<ResolvedBookmark> => {
    const article = await findArticle(bookmark.anchor.articleId);
    const place = resolveAnchor(article, bookmark.anchor);
    const label = bookmark.name || (place.section?.heading ?? bookmark.anchor.quote?.text ?? bookmark.anchor.context);
    return {
      ...bookmark,
      status: place.status,
      target: place.target,
      label,
      articleTitle: article?.title ?? (await formerTitle(bookmark.anchor.articleId)),
      articleMissing: article === undefined,
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
  const resolveAll = (bookmarks: readonly Bookmark[]) => {
    const findArticle = articleFinder();
    return Promise.all(bookmarks.map((bookmark) => resolve(bookmark, findArticle)));
  };
  const changed = async (saved: readonly Bookmark[], removed: readonly Bookmark[] = []): Promise<BookmarkChange> => ({
    saved: await resolveAll(saved),
    removed,
  });
  const find = (id: string): Bookmark => {
    const bookmark = rows.get(id);
    if (!bookmark) throw new ApiError('not-found', `no bookmark with id ${quote(id)}`);
    return bookmark;
  };
  const addAll = async (bookmarks: readonly Bookmark[]) => {
    if (rows.count() + bookmarks.length > limits.bookmarks) {
      throw new ApiError('bad-request', `Aksorn keeps at most ${limits.bookmarks} bookmarks`, {
        reason: 'too-many-bookmarks',
        max: limits.bookmarks,
      });
    }
    await rows.insert(bookmarks);
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
    await addAll([bookmark]);
    return changed([bookmark]);
  };

  return {
    async list() {
      const resolved = await resolveAll(read());
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
      await rows.remove(here.map((b) => b.id));
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
      await rows.update(updated);
      return changed([updated]);
    },
    async remove(id) {
      const removed = find(id);
      await rows.remove([id]);
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
      await addAll(back);
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
      await addAll(fresh);
      return { added: fresh.length, skipped: incoming.length - fresh.length };
    },
  };
}

/** Two bookmarks are the same when they point at the same text with the same name and note. */
function sameness({ anchor, name, note }: Bookmark): string {
  return JSON.stringify([anchor.articleId, anchor.sectionId, anchor.paragraph, anchor.quote?.text ?? null, name, note]);
}
