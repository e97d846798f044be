import { useCallback } from 'react';
import type { CatalogEntry } from '../../../common/catalog';
import { errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import { useApi } from '../../useApi';
import { useToast, type Toast } from '../../components/useToast';

/** What the home view's toast says: an article removed, with its undo, or a failure. */
export type RemovalToastContent =
  | { readonly kind: 'removed'; readonly articleId: string; readonly title: string }
  | { readonly kind: 'error'; readonly message: string };

export interface Removal {
  readonly toast: Toast<RemovalToastContent> | null;
  /** Removes the article; resolves true once it is out of the library. */
  remove(entry: CatalogEntry): Promise<boolean>;
  /** Puts back the article the toast names; resolves true once it is back. */
  undo(): Promise<boolean>;
  dismiss(): void;
  hold(held: boolean): void;
}

/**
 * Removing an article from the home list, with Undo: main removes it at once
 * and keeps it a while, and Undo asks main to put it back as it was
 * (restoreArticle; main/library/removedShelf.ts says why it is done there).
 * Each step is announced; a failure shows in the toast as an alert.
 */
export function useRemoval(announce: (text: string) => void): Removal {
  const api = useApi();
  const t = useT();
  const { toast, show, dismiss, hold } = useToast<RemovalToastContent>();

  const remove = useCallback(
    async ({ id, title }: CatalogEntry) => {
      try {
        await api.removeArticle(id);
      } catch (error) {
        show({ kind: 'error', message: `${t('articleRemoveFailed')}: ${errorMessage(error)}` });
        return false;
      }
      show({ kind: 'removed', articleId: id, title });
      announce(t('articleRemoved', { title }));
      return true;
    },
    [announce, api, show, t],
  );

  const undo = useCallback(async () => {
    if (toast?.kind !== 'removed') return false;
    const { articleId, title } = toast;
    try {
      await api.restoreArticle(articleId);
    } catch (error) {
      show({ kind: 'error', message: `${t('articleRestoreFailed')}: ${errorMessage(error)}` });
      return false;
    }
    dismiss();
    announce(t('articleRestored', { title }));
    return true;
  }, [announce, api, dismiss, show, t, toast]);

  return { toast, remove, undo, dismiss, hold };
}
