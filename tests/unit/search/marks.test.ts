/** Thai vowel and tone marks are meaning; Latin case and diacritics are not; invisible characters are nothing. */
import { describe, expect, it } from 'vitest';
import type { Article, Section } from '../../../common/article.js';
import { idsOf, searchOver } from './corpus.js';

// Headings are neutral ("หัวข้อ 1", …) so that only the paragraph can match.
function section(id: string, text: string, index: number): Section {
  return { id, heading: `หัวข้อ ${index + 1}`, level: 2, paragraphs: [{ runs: [{ text }] }] };
}

const article: Article = {
  id: 'marks',
  title: 'ทดสอบ',
  lang: 'th',
  lead: [],
  sections: ([
    ['pa', 'เด็กปาลูกบอลข้ามรั้ว'],
    ['pa-forest', 'เดินเข้าป่าลึกตอนเช้า'],
    ['kin', 'แมวกินปลาทู'],
    ['kan', 'เราช่วยกันทำงาน'],
    ['suea', 'เสือตัวใหญ่'],
    ['suea-mat', 'ปูเสื่อนอนบนพื้น'],
    ['cafe', 'Breakfast at the café near the station'],
    ['elan', 'Élan vital is a term of Bergson'],
    ['zwsp-in-text', 'ข่าวจากประ\u200bเทศลาว'],
    ['plain-word', 'อาหารพื้นเมืองของจังหวัดน่าน'],
  ] as const).map(([id, text], index) => section(id, text, index)),
  hasReferenceList: false,
};

const search = searchOver([article]);
const idsFor = (query: string) => idsOf(search.search(query, { limit: 100 }).hits);

describe('Thai marks are meaning', () => {
  it.each([
    ['ปา', 'pa'],
    ['ป่า', 'pa-forest'],
    ['กิน', 'kin'],
    ['กัน', 'kan'],
    ['เสือ', 'suea'],
    ['เสื่อ', 'suea-mat'],
  ])('%s finds only its own section', (query, id) => {
    expect(idsFor(query)).toEqual([id]);
  });
});

describe('Latin folds case and diacritics', () => {
  it.each([
    ['café', 'cafe'],
    ['cafe', 'cafe'],
    ['CAFE', 'cafe'],
    ['CAFÉ', 'cafe'],
    ['cafe\u0301', 'cafe'],
    ['Élan', 'elan'],
    ['elan', 'elan'],
    ['ELAN', 'elan'],
    ['E\u0301LAN', 'elan'],
  ])('%s finds its section', (query, id) => {
    expect(idsFor(query)).toEqual([id]);
  });
});

describe('zero-width characters do not break Thai words', () => {
  it('a word typed plainly finds the text that has a zero-width space inside it', () => {
    expect(idsFor('ประเทศ')).toEqual(['zwsp-in-text']);
    expect(idsFor('ประเทศลาว')).toEqual(['zwsp-in-text']);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\ufeff'],
    ['a soft hyphen', '\u00ad'],
  ])('a query with %s inside a word finds the word', (_name, invisible) => {
    expect(idsFor(`จัง${invisible}หวัด`)).toEqual(['plain-word']);
    expect(idsFor(`ประ${invisible}เทศ`)).toEqual(['zwsp-in-text']);
  });

  it('highlights the whole word, the invisible character included', () => {
    const [hit] = search.search('ประเทศ').hits;
    expect(hit?.excerpt.match).toBe('ประ\u200bเทศ');
  });
});
