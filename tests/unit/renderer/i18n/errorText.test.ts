import { describe, expect, it } from 'vitest';
import { ApiError, failure, unwrapResult, type RefusalReason } from '../../../../common/envelope';
import { en } from '../../../../renderer/i18n/en';
import { errorText } from '../../../../renderer/i18n/errorText';
import { th } from '../../../../renderer/i18n/th';
import { translator } from '../../../../renderer/i18n/translate';

const thai = translator(th);
const english = translator(en);

/** An error as the renderer receives it: thrown in main, carried in the envelope, thrown again. */
function received(reason: RefusalReason): unknown {
  try {
    unwrapResult(failure(new ApiError('bad-request', 'main’s English message', reason)));
  } catch (error) {
    return error;
  }
  throw new Error('unwrapResult did not throw');
}

describe('errorText', () => {
  it.each([
    [{ reason: 'not-json' }, 'ไฟล์นี้ไม่ใช่ JSON', 'The file is not JSON'],
    [{ reason: 'not-bookmark-export' }, 'ไม่ใช่ไฟล์ที่คั่นหน้า', 'not an Aksorn bookmarks export'],
    [{ reason: 'invalid-bookmark-export', where: 'file.version must be 1' }, '(file.version must be 1)', 'invalid data (file.version must be 1)'],
    [{ reason: 'too-many-bookmarks', max: 10000 }, 'ไม่เกิน 10000 รายการ', 'at most 10000 bookmarks'],
  ] as const)('words %j in the reader’s language after crossing the envelope', (reason, inThai, inEnglish) => {
    const error = received(reason);
    expect(errorText(error, thai)).toContain(inThai);
    expect(errorText(error, english)).toContain(inEnglish);
  });

  it('shows the message of an error that has no reason', () => {
    expect(errorText(new ApiError('internal', 'getArticle failed inside Aksorn'), thai)).toBe('getArticle failed inside Aksorn');
    expect(errorText('plain', english)).toBe('plain');
  });
});
