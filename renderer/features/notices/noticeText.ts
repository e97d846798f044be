import type { Notice } from '../../../common/notices';
import type { Translate } from '../../i18n/translate';

/** A notice from main, said in the reader's language. */
export function noticeText(notice: Notice, t: Translate): string {
  switch (notice.code) {
    case 'store-reset':
      return t('noticeStoreReset', { backup: notice.backup, detail: notice.detail });
    case 'store-repaired':
      return t('noticeStoreRepaired', { backup: notice.backup, count: notice.setAside.length, items: notice.setAside.join('; ') });
    case 'store-newer':
      return t('noticeStoreNewer', { file: notice.file, version: notice.version });
    case 'library-reset':
      return t('noticeLibraryReset', { backup: notice.backup, detail: notice.detail });
    case 'store-replaced':
      return notice.backup === null
        ? t('noticeStoreReplacedGone', { file: notice.file })
        : t('noticeStoreReplaced', { file: notice.file, backup: notice.backup });
  }
}
