import { describe, expect, it } from 'vitest';
import { sectionsCountText, summaryText } from '../../../../../renderer/features/search/counts';
import { en } from '../../../../../renderer/i18n/en';
import { th } from '../../../../../renderer/i18n/th';
import { translator } from '../../../../../renderer/i18n/translate';

const thai = translator(th);
const english = translator(en);

describe('sectionsCountText', () => {
  it('counts sections and articles in Thai', () => {
    expect(sectionsCountText(thai, 'th', { total: 312, articles: 57, exact: true })).toBe('พบ 312 ส่วนใน 57 บทความ');
  });

  it('counts them in English, singular for one', () => {
    expect(sectionsCountText(english, 'en', { total: 312, articles: 57, exact: true })).toBe('312 sections in 57 articles');
    expect(sectionsCountText(english, 'en', { total: 1, articles: 1, exact: true })).toBe('1 section in 1 article');
    expect(sectionsCountText(english, 'en', { total: 3, articles: 1, exact: true })).toBe('3 sections in 1 article');
  });

  it('says "more than" when counting stopped, the articles a lower bound too', () => {
    expect(sectionsCountText(thai, 'th', { total: 500, articles: 57, exact: false })).toBe('พบมากกว่า 500 ส่วนใน 57 บทความขึ้นไป');
    expect(sectionsCountText(english, 'en', { total: 500, articles: 57, exact: false })).toBe('More than 500 sections in at least 57 articles');
  });

  it('formats numbers with the locale', () => {
    expect(sectionsCountText(english, 'en', { total: 12_345, articles: 1_200, exact: true })).toBe('12,345 sections in 1,200 articles');
    const grouped = new Intl.NumberFormat('th').format(12_345);
    expect(sectionsCountText(thai, 'th', { total: 12_345, articles: 2, exact: true })).toBe(`พบ ${grouped} ส่วนใน 2 บทความ`);
  });
});

describe('summaryText', () => {
  const titles = [{ articleId: 'a', title: 'A' }];

  it('counts the sections when any matched', () => {
    expect(summaryText(english, 'en', { total: 2, articles: 1, exact: true, titles })).toBe('2 sections in 1 article');
  });

  it('counts the titles when only titles matched', () => {
    expect(summaryText(english, 'en', { total: 0, articles: 0, exact: true, titles })).toBe('1 matching title');
    expect(summaryText(thai, 'th', { total: 0, articles: 0, exact: true, titles: [...titles, ...titles] })).toBe('พบชื่อบทความที่ตรง 2 รายการ');
  });

  it('adds the bookmarks found, after the sections or titles, or alone', () => {
    expect(summaryText(english, 'en', { total: 2, articles: 1, exact: true, titles }, 3)).toBe('2 sections in 1 article · 3 bookmarks');
    expect(summaryText(english, 'en', { total: 0, articles: 0, exact: true, titles }, 1)).toBe('1 matching title · 1 bookmark');
    expect(summaryText(thai, 'th', { total: 0, articles: 0, exact: true, titles: [] }, 2)).toBe('ที่คั่นหน้า 2 รายการ');
  });

  it('is null when nothing matched', () => {
    expect(summaryText(thai, 'th', { total: 0, articles: 0, exact: true, titles: [] }, 0)).toBeNull();
    expect(summaryText(thai, 'th', { total: 0, articles: 0, exact: true, titles: [] })).toBeNull();
  });
});
