import { describe, expect, it } from 'vitest';
import type { ResolvedBookmark } from '../../../../../common/bookmarks';
import {
  bookmarkTerms,
  excerpt,
  firstMatch,
  searchableBookmarks,
  searchBookmarks,
} from '../../../../../renderer/features/search/bookmarkSearch';

function bookmark(id: string, fields: { name?: string; note?: string; quote?: string; label?: string; articleId?: string } = {}): ResolvedBookmark {
  const { name = '', note = '', quote, label = 'หัวข้อ', articleId = 'a' } = fields;
  return {
    id,
    kind: quote === undefined ? 'section' : 'passage',
    anchor: {
      articleId,
      sectionId: 's',
      paragraph: quote === undefined ? null : 0,
      quote: quote === undefined ? null : { text: quote, prefix: '', suffix: '' },
      context: '',
    },
    name,
    note,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'ok',
    target: { sectionId: 's', paragraph: null, start: null, end: null },
    label: name || label,
    articleTitle: `บทความ ${articleId}`,
    articleMissing: false,
    sectionHeading: label,
    order: [0],
  };
}

const find = (list: readonly ResolvedBookmark[], query: string, articleId: string | null = null, limit = 20) =>
  searchBookmarks(searchableBookmarks(list), query, { articleId, limit });
const ids = (list: readonly ResolvedBookmark[], query: string, articleId: string | null = null) =>
  find(list, query, articleId).matches.map((m) => m.bookmark.id);

describe('searchBookmarks', () => {
  it('lists matches in the reader’s own words (note or name) before matches in a quote or label, each in list order', () => {
    const list = [
      bookmark('quoted', { quote: 'ประวัติศาสตร์ไทย' }),
      bookmark('noted', { note: 'อ่านประวัติศาสตร์ต่อ' }),
      bookmark('labelled', { label: 'ประวัติศาสตร์' }),
      bookmark('named', { name: 'ประวัติศาสตร์สมัยใหม่' }),
      bookmark('other', { note: 'อื่น' }),
    ];
    const found = find(list, 'ประวัติศาสตร์');
    expect(found.matches.map((m) => [m.bookmark.id, m.ownWords])).toEqual([
      ['noted', true],
      ['named', true],
      ['quoted', false],
      ['labelled', false],
    ]);
    expect(found.total).toBe(4);
  });

  it('finds a Thai word inside a longer run of Thai, as typed with sara am in two pieces', () => {
    const list = [bookmark('1', { note: 'เรื่องนี้สำคัญมากสำหรับรายงาน' }), bookmark('2', { note: 'ไม่เกี่ยว' })];
    expect(ids(list, 'สำคัญ')).toEqual(['1']);
    expect(ids(list, 'ส\u0e4d\u0e32คัญ')).toEqual(['1']);
    expect(ids(list, 'รายงาน')).toEqual(['1']);
  });

  it('keeps Thai marks meaningful: ป่า is not ปา', () => {
    const list = [bookmark('forest', { note: 'ป่าไม้' }), bookmark('throw', { note: 'ปาก้อนหิน' })];
    expect(ids(list, 'ป่า')).toEqual(['forest']);
    expect(ids(list, 'ปา')).toEqual(['throw']);
  });

  it('ignores case and Latin accents', () => {
    const list = [bookmark('1', { note: 'Read the Café chapter again' })];
    expect(ids(list, 'CAFE')).toEqual(['1']);
    expect(ids(list, 'café CHAPTER')).toEqual(['1']);
  });

  it('needs every term, each anywhere in the bookmark’s fields', () => {
    const list = [bookmark('1', { note: 'กรุงเทพ', quote: 'เชียงใหม่' }), bookmark('2', { note: 'กรุงเทพ' })];
    expect(ids(list, 'กรุงเทพ เชียงใหม่')).toEqual(['1']);
    expect(find(list, 'กรุงเทพ เชียงใหม่').matches[0]?.ownWords).toBe(false);
  });

  it('finds nothing for a blank query, one of punctuation only, or a term nobody wrote', () => {
    const list = [bookmark('1', { note: 'อะไรก็ได้ ...' })];
    for (const query of ['', '   ', '\n\t', '...', '!!! ???', 'ไม่มีคำนี้']) expect(find(list, query)).toEqual({ matches: [], total: 0 });
  });

  it('takes odd queries without trouble: regex characters, a very long paste, lone surrogates', () => {
    const list = [bookmark('1', { note: 'a+b (c) [d] *e* \\f' })];
    expect(ids(list, '(c)')).toEqual(['1']);
    expect(ids(list, 'a+b')).toEqual(['1']);
    expect(ids(list, 'x'.repeat(100_000))).toEqual([]);
    expect(ids(list, '\ud800')).toEqual([]);
  });

  it('keeps to one article in the article scope', () => {
    const list = [bookmark('1', { note: 'คำ', articleId: 'a' }), bookmark('2', { note: 'คำ', articleId: 'b' })];
    expect(ids(list, 'คำ', 'b')).toEqual(['2']);
    expect(ids(list, 'คำ')).toEqual(['1', '2']);
  });

  it('finds a bookmark by its note as changed, not as it was folded before', () => {
    const before = bookmark('1', { note: 'เก่า' });
    expect(ids([before], 'เก่า')).toEqual(['1']);
    const after = { ...before, note: 'ใหม่' };
    expect(ids([after], 'เก่า')).toEqual([]);
    expect(ids([after], 'ใหม่')).toEqual(['1']);
  });

  it('shows at most `limit`, and counts them all', () => {
    const list = Array.from({ length: 30 }, (_, i) => bookmark(`b${i}`, { note: 'ซ้ำ' }));
    const found = find(list, 'ซ้ำ', null, 5);
    expect(found.matches).toHaveLength(5);
    expect(found.total).toBe(30);
  });

  it('shows a snippet of the note with the match marked; else of the quote; else the note’s opening', () => {
    const list = [
      bookmark('note', { note: 'ก่อนหน้า คำค้น หลังจากนั้น' }),
      bookmark('quote', { quote: 'ข้อความ คำค้น ที่ยกมา', note: 'โน้ตอื่น' }),
      bookmark('label', { label: 'หัวข้อคำค้น', note: 'บรรทัดแรก\nบรรทัดสอง' }),
      bookmark('bare', { label: 'คำค้น' }),
    ];
    const found = find(list, 'คำค้น').matches;
    expect(found.map((m) => m.snippet)).toEqual([
      { from: 'note', excerpt: { pre: 'ก่อนหน้า ', match: 'คำค้น', post: ' หลังจากนั้น' } },
      { from: 'quote', excerpt: { pre: 'ข้อความ ', match: 'คำค้น', post: ' ที่ยกมา' } },
      { from: 'note', excerpt: { pre: '', match: '', post: 'บรรทัดแรก บรรทัดสอง' } },
      null,
    ]);
    expect(found.map((m) => m.label)).toEqual([
      { pre: '', match: '', post: 'หัวข้อ' },
      { pre: '', match: '', post: 'หัวข้อ' },
      { pre: 'หัวข้อ', match: 'คำค้น', post: '' },
      { pre: '', match: 'คำค้น', post: '' },
    ]);
  });

  it('marks the text as written, whatever its case or spelling', () => {
    const [match] = find([bookmark('1', { note: 'see ÉCOLE here' })], 'ecole').matches;
    expect(match?.snippet?.excerpt).toEqual({ pre: 'see ', match: 'ÉCOLE', post: ' here' });
  });
});

describe('bookmarkTerms', () => {
  it('folds, splits on white space and drops repeats', () => {
    expect(bookmarkTerms('  Café  café ป่า ')).toEqual(['cafe', 'ป่า']);
  });
});

describe('firstMatch', () => {
  it('answers the earliest match of any term, in the text’s own offsets', () => {
    expect(firstMatch('xx Hello WORLD', ['world', 'hello'])).toEqual({ start: 3, end: 8 });
    expect(firstMatch('nothing', ['x'])).toBeNull();
  });
});

describe('excerpt', () => {
  it('cuts a long note at Thai word breaks, with an ellipsis on each cut side', () => {
    const before = 'ภาษาไทยเป็นภาษาที่มีวรรณยุกต์'.repeat(4);
    const after = 'และมีอักษรของตนเองที่ใช้กันมานาน'.repeat(6);
    const text = `${before}คำค้น${after}`;
    const shown = excerpt(text, { start: before.length, end: before.length + 5 });
    expect(shown.match).toBe('คำค้น');
    expect(shown.pre.startsWith('…')).toBe(true);
    expect(shown.post.endsWith('…')).toBe(true);
    const kept = shown.pre.slice(1) + shown.match + shown.post.slice(0, -1);
    expect(text).toContain(kept);
    // Cut between words: no piece starts with a combining mark or ends inside a word the segmenter sees.
    expect(shown.pre.slice(1)).not.toMatch(/^\p{M}/u);
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index);
    expect(words).toContain(text.indexOf(kept));
    expect([...words, text.length]).toContain(text.indexOf(kept) + kept.length);
  });
});
