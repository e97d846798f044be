import { describe, expect, it } from 'vitest';
import { fold, foldText } from '../../../common/fold.js';

describe('fold', () => {
  it('lowercases Latin and folds its diacritics', () => {
    expect(fold('Élan CAFÉ Ñandú')).toBe('elan cafe nandu');
  });

  it('keeps Thai vowel and tone marks', () => {
    expect(fold('ป่า ปา กิน กัน เสื่อ')).toBe('ป่า ปา กิน กัน เสื่อ');
  });

  it('turns runs of separators into one space and trims them', () => {
    expect(fold('  20,000 — a:b; foo^ (ค.ศ.) 😀  ')).toBe('20 000 a b foo ค ศ');
  });

  it('drops zero-width characters inside words', () => {
    expect(fold('ลาฟ\u200bรอฟ')).toBe('ลาฟรอฟ');
  });

  it('folds decomposed input like its composed form', () => {
    expect(fold('e\u0301lan')).toBe(fold('élan'));
  });
});

describe('foldText', () => {
  it('maps every folded character back to its span in the original', () => {
    const original = 'Ab, ÉC';
    const folded = foldText(original);
    expect(folded.text).toBe('ab ec');
    const spans = [...folded.text].map((_, i) => original.slice(folded.start[i], folded.end[i]));
    expect(spans).toEqual(['A', 'b', ',', 'É', 'C']);
  });

  it('maps across surrogate pairs and dropped characters', () => {
    const original = 'a😀b\u200bc';
    const folded = foldText(original);
    expect(folded.text).toBe('a bc');
    expect(folded.start).toEqual([0, 1, 3, 5]);
    expect(folded.end).toEqual([1, 3, 4, 6]);
  });
});

describe('fold of Thai spelling variants', () => {
  it('reads Thai digits as the same numbers as 0–9', () => {
    expect(fold('ค.ศ. ๒๐๐๗')).toBe('ค ศ 2007');
  });

  it('reads sara am typed as nikhahit + sara aa as ำ, mapping it to both characters', () => {
    expect(fold('ท\u0e4d\u0e32เนียบ')).toBe(fold('ทำเนียบ'));
    const folded = foldText('ท\u0e4d\u0e32');
    expect(folded.text).toBe('ทำ');
    expect([folded.start[1], folded.end[1]]).toEqual([1, 3]);
  });
});
