import type { Notice } from '../../../common/notices';
import type { Translate } from '../../i18n/translate';

/** A notice from main, said in the reader's language. */
export function noticeText(notice: Notice, t: Translate): string {
  switch (notice.code) {
    case 'store-reset':
      return t('noticeStoreReset', { backup: notice.backup, detail: notice.detail });
  }
}
