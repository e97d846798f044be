import { useCallback, useMemo, useRef } from 'react';
import type { Bookmark, BookmarkKind } from '../../../main/contract';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import { bookmarkPlaces, bookmarksAt, placeKey, type BookmarkPlaces } from './places';
import type { TextRange } from './selection';
import { useAnnouncer, type Announcement } from './useAnnouncer';
import type { BookmarkData } from './useBookmarks';
import { useToast, type Toast } from './useToast';

/** What the article and the table of contents need: the marks to show and the toggles. */
export interface ArticleBookmarks {
  readonly places: BookmarkPlaces;
  /** Bookmarks the section ("lead" for the lead), or deletes its section bookmarks. */
  toggleSection(sectionId: string): void;
  /** Bookmarks the paragraph, or deletes its paragraph bookmarks. */
  toggleParagraph(sectionId: string, paragraph: number): void;
  addPassage(sectionId: string, paragraph: number, range: TextRange): void;
}

/** The reader's bookmark actions with their feedback: announcements, the undo toast, failures. */
export interface BookmarkCommands extends ArticleBookmarks {
  readonly announcement: Announcement;
  readonly toast: Toast | null;
  /** Deletes one bookmark, offering undo. */
  remove(id: string): void;
  /** Changes name and note; rejects with a message fit to show beside the form. */
  update(id: string, patch: { readonly name: string; readonly note: string }): Promise<void>;
  /** Puts back what the toast says was deleted. */
  undo(): void;
  dismissToast(): void;
  holdToast(held: boolean): void;
}

const noPlaces = bookmarkPlaces([], '');

/**
 * Bookmark actions for the article `articleId` (null: none open). The rule
 * for a toggle — which bookmarks a place already has — reads the list main
 * answered; adding, deleting and ordering are main's.
 */
export function useBookmarkCommands(data: BookmarkData, articleId: string | null): BookmarkCommands {
  const t = useT();
  const { announcement, announce } = useAnnouncer();
  const { toast, show, dismiss, hold } = useToast();
  const { list, add, remove: removeBookmark, restore, update: updateBookmark } = data;
  // Places with a change on its way: a second click before the answer must not add a second bookmark.
  const busy = useRef(new Set<string>());

  const places = useMemo(() => (articleId ? bookmarkPlaces(list, articleId) : noPlaces), [list, articleId]);

  const fail = useCallback(
    (error: unknown) => show({ kind: 'error', message: `${t('bookmarkFailed')}: ${errorMessage(error)}` }),
    [show, t],
  );

  const deleteAll = useCallback(
    async (ids: readonly string[]) => {
      const deleted: Bookmark[] = [];
      for (const id of ids) deleted.push(await removeBookmark(id));
      show({ kind: 'deleted', bookmarks: deleted });
      announce(t('bookmarkDeleted'));
    },
    [removeBookmark, show, announce, t],
  );

  const toggle = useCallback(
    (kind: BookmarkKind, sectionId: string, paragraph: number | null) => {
      if (!articleId) return;
      const key = `${kind}:${placeKey(sectionId, paragraph ?? -1)}`;
      if (busy.current.has(key)) return;
      busy.current.add(key);
      const existing = bookmarksAt(list, articleId, kind, sectionId, paragraph);
      const done =
        existing.length > 0
          ? deleteAll(existing.map((b) => b.id))
          : add({ articleId, sectionId, paragraph, range: null, name: '', note: '' }).then(() => announce(t('bookmarkAdded')));
      done.catch(fail).finally(() => busy.current.delete(key));
    },
    [articleId, list, add, deleteAll, announce, fail, t],
  );

  const toggleSection = useCallback((sectionId: string) => toggle('section', sectionId, null), [toggle]);
  const toggleParagraph = useCallback(
    (sectionId: string, paragraph: number) => toggle('paragraph', sectionId, paragraph),
    [toggle],
  );

  const addPassage = useCallback(
    (sectionId: string, paragraph: number, range: TextRange) => {
      if (!articleId) return;
      add({ articleId, sectionId, paragraph, range: { start: range.start, end: range.end }, name: '', note: '' }).then(
        () => announce(t('bookmarkAdded')),
        fail,
      );
    },
    [articleId, add, announce, fail, t],
  );

  const remove = useCallback((id: string) => void deleteAll([id]).catch(fail), [deleteAll, fail]);

  const update = useCallback(
    async (id: string, patch: { readonly name: string; readonly note: string }) => {
      try {
        await updateBookmark(id, patch);
      } catch (error) {
        throw new Error(`${t('bookmarkFailed')}: ${errorMessage(error)}`, { cause: error });
      }
      announce(t('bookmarkSaved'));
    },
    [updateBookmark, announce, t],
  );

  const undo = useCallback(() => {
    if (toast?.kind !== 'deleted') return;
    const deleted = toast.bookmarks;
    dismiss();
    (async () => {
      for (const bookmark of deleted) await restore(bookmark);
      announce(t('bookmarkRestored'));
    })().catch(fail);
  }, [toast, dismiss, restore, announce, fail, t]);

  return {
    places,
    toggleSection,
    toggleParagraph,
    addPassage,
    announcement,
    toast,
    remove,
    update,
    undo,
    dismissToast: dismiss,
    holdToast: hold,
  };
}
