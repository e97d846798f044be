import { describe, expect, it } from 'vitest';
import { articleIdOfPath, isSafeArticleId } from '../../../main/library/id.js';

describe('articleIdOfPath', () => {
  it('drops the folder and the last extension', () => {
    expect(articleIdOfPath('data/articles/russia.txt')).toBe('russia');
    expect(articleIdOfPath('/a/b/v1.2.txt')).toBe('v1.2');
    expect(articleIdOfPath('plain')).toBe('plain');
  });

  it('normalizes to NFC', () => {
    expect(articleIdOfPath('Cafe\u0301.txt')).toBe('Caf\u00E9');
  });
});

describe('isSafeArticleId', () => {
  it.each(['russia', 'ผู้นำ', 'a.b_c-d', '2020', 'x'.repeat(128)])('accepts %s', (id) => {
    expect(isSafeArticleId(id)).toBe(true);
  });

  it.each(['', '.hidden', '-x', '\u0E48x', 'a b', 'a/b', '..', 'a\\b', 'x'.repeat(129), 'a\nb'])('refuses %j', (id) => {
    expect(isSafeArticleId(id)).toBe(false);
  });
});
