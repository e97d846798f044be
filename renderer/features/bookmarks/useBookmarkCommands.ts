import { useCallback, useMemo, useRef } from 'react';
import type { Bookmark, BookmarkChange } from '../../../common/bookmarks';
import { useToast, type Toast } from '../../components/useToast';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/useT';
import { bookmarkPlaces, placeKey, type BookmarkPlaces } from './places';
import type { TextRange } from './selection';
import { useAnnouncer, type Announcement } from './useAnnouncer';
import type { BookmarkData } from './useBookmarks';

/** What the article and the table of contents need: the marks to show and the toggles. */
/** What the bottom of the window says: deleted bookmarks with their undo, or a failure. */
export type ToastContent =
  | { readonly kind: 'deleted'; readonly bookmarks: readonly Bookmark[] }
  | { readonly kind: 'error'; readonly message: string };

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
  readonly toast: Toast<ToastContent> | null;
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
 * Bookmark actions for the article `articleId` (null: none open), with their
 * feedback. The rules are main's: what a toggle does, what a delete removed
 * (which undo gives back), the order; this hook says what happened.
 */
export function useBookmarkCommands(data: BookmarkData, articleId: string | null): BookmarkCommands {
  const t = useT();
  const { announcement, announce } = useAnnouncer();
  const { toast, show, dismiss, hold } = useToast<ToastContent>();
  const { list, add, toggle: toggleBookmark, remove: removeBookmark, restore, update: updateBookmark } = data;
  // Places with a change on its way: a second click before the answer must not add a second bookmark.
  const busy = useRef(new Set<string>());

  const places = useMemo(() => (articleId ? bookmarkPlaces(list, articleId) : noPlaces), [list, articleId]);

  const fail = useCallback(
    (error: unknown) => show({ kind: 'error', message: `${t('bookmarkFailed')}: ${errorText(error, t)}` }),
    [show, t],
  );

  /** Announces what a change did; a removal offers undo. */
  const report = useCallback(
    (change: BookmarkChange) => {
      if (change.removed.length > 0) {
        show({ kind: 'deleted', bookmarks: change.removed });
        announce(t('bookmarkDeleted'));
      } else {
        announce(t('bookmarkAdded'));
      }
    },
    [show, announce, t],
  );

  const toggle = useCallback(
    (sectionId: string, paragraph: number | null) => {
      if (!articleId) return;
      const key = placeKey(sectionId, paragraph ?? -1);
      if (busy.current.has(key)) return;
      busy.current.add(key);
      toggleBookmark({ articleId, sectionId, paragraph })
        .then(report, fail)
        .finally(() => busy.current.delete(key));
    },
    [articleId, toggleBookmark, report, fail],
  );

  const toggleSection = useCallback((sectionId: string) => toggle(sectionId, null), [toggle]);
  const toggleParagraph = useCallback((sectionId: string, paragraph: number) => toggle(sectionId, paragraph), [toggle]);

  const addPassage = useCallback(
    (sectionId: string, paragraph: number, range: TextRange) => {
      if (!articleId) return;
      add({ articleId, sectionId, paragraph, range: { start: range.start, end: range.end }, name: '', note: '' }).then(
        report,
        fail,
      );
    },
    [articleId, add, report, fail],
  );

  const remove = useCallback((id: string) => void removeBookmark(id).then(report, fail), [removeBookmark, report, fail]);

  const update = useCallback(
    async (id: string, patch: { readonly name: string; readonly note: string }) => {
      try {
        await updateBookmark(id, patch);
      } catch (error) {
        throw new Error(`${t('bookmarkFailed')}: ${errorText(error, t)}`, { cause: error });
      }
      announce(t('bookmarkSaved'));
    },
    [updateBookmark, announce, t],
  );

  const undo = useCallback(() => {
    if (toast?.kind !== 'deleted') return;
    const deleted = toast.bookmarks;
    dismiss();
    restore(deleted).then(() => announce(t('bookmarkRestored')), fail);
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
