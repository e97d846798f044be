import { ApiError, type RefusalReason } from '../../common/envelope';
import { errorMessage } from '../api';
import type { Translate } from './translate';

/** What to tell the reader about a failure: main's reason in the reader's language, else the error's own message. */
export function errorText(error: unknown, t: Translate): string {
  return error instanceof ApiError && error.reason ? reasonText(error.reason, t) : errorMessage(error);
}

function reasonText(reason: RefusalReason, t: Translate): string {
  switch (reason.reason) {
    case 'not-json':
      return t('refusedNotJson');
    case 'not-bookmark-export':
      return t('refusedNotBookmarkExport');
    case 'invalid-bookmark-export':
      return t('refusedInvalidBookmarkExport', { where: reason.where });
    case 'too-many-bookmarks':
      return t('refusedTooManyBookmarks', { max: reason.max });
    case 'store-read-only':
      return t('refusedStoreReadOnly');
  }
}
