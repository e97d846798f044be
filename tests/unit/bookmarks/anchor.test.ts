import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import type { NewBookmark } from '../../../common/bookmarks.js';
import { ApiError } from '../../../common/envelope.js';
import { makeAnchor, resolveAnchor } from '../../../main/bookmarks/anchor.js';

const article: Article = {
  id: 'a',
  title: 'ชื่อเรื่อง',
  lang: 'th',
  lead: [{ runs: [{ text: 'ย่อหน้านำของบทความ' }] }],
  sections: [
    {
      id: 'one',
      heading: 'หนึ่ง', level: 2,
      paragraphs: [{ runs: [{ text: 'ย่อหน้าแรกของส่วนหนึ่ง' }] }, { runs: [{ text: 'กิน' }, { cite: '1' }, { text: 'ข้าว แล้วกินน้ำ' }] }],
    },
    { id: 'two', heading: 'สอง', level: 2, paragraphs: [{ runs: [{ text: 'ย่อหน้าของส่วนสอง' }] }] },
  ],
  hasReferenceList: false,
};

const at = (over: Partial<NewBookmark>): NewBookmark => ({
  articleId: 'a',
  sectionId: 'one',
  paragraph: null,
  range: null,
  name: '',
  note: '',
  ...over,
});

/** The article with its sections changed by `edit`. */
function edited(edit: (sections: Article['sections']) => Article['sections']): Article {
  return { ...article, sections: edit(article.sections) };
}

describe('makeAnchor', () => {
  it('stores a passage with its quote and the text on either side, from the paragraph text without citations', () => {
    const anchor = makeAnchor(article, at({ paragraph: 1, range: { start: 12, end: 15 } }));
    expect(anchor).toEqual({
      articleId: 'a',
      sectionId: 'one',
      paragraph: 1,
      quote: { text: 'กิน', prefix: 'กินข้าว แล้ว', suffix: 'น้ำ' },
      context: 'กินข้าว แล้วกินน้ำ',
    });
  });

  it('stores a section by id with the opening of its first paragraph', () => {
    expect(makeAnchor(article, at({}))).toMatchObject({ paragraph: null, quote: null, context: 'ย่อหน้าแรกของส่วนหนึ่ง' });
    expect(makeAnchor(article, at({ sectionId: 'lead' }))).toMatchObject({ sectionId: 'lead', context: 'ย่อหน้านำของบทความ' });
  });

  it.each([
    [at({ sectionId: 'nope' }), 'bookmark.sectionId "nope" names no section of the article "a"'],
    [at({ paragraph: 9 }), 'bookmark.paragraph 9 names no paragraph of the section "one"'],
    [at({ paragraph: 1, range: { start: 5, end: 99 } }), 'bookmark.range 5–99 is not a passage of paragraph 1'],
    [at({ paragraph: 1, range: { start: 3, end: 3 } }), 'bookmark.range 3–3 is not a passage of paragraph 1'],
    [at({ range: { start: 0, end: 1 } }), 'bookmark.range needs bookmark.paragraph: a passage lies in one paragraph'],
  ])('refuses a place that does not exist (%#)', (input, message) => {
    expect(() => makeAnchor(article, input)).toThrow(new ApiError('bad-request', message));
  });
});

describe('resolveAnchor', () => {
  const passage = makeAnchor(article, at({ paragraph: 1, range: { start: 12, end: 15 } }));
  const paragraph = makeAnchor(article, at({ paragraph: 1 }));
  const section = makeAnchor(article, at({ sectionId: 'two' }));

  it('finds each kind where it was', () => {
    expect(resolveAnchor(article, passage)).toMatchObject({ status: 'ok', target: { sectionId: 'one', paragraph: 1, start: 12, end: 15 } });
    expect(resolveAnchor(article, paragraph)).toMatchObject({ status: 'ok', target: { sectionId: 'one', paragraph: 1 } });
    expect(resolveAnchor(article, section)).toMatchObject({ status: 'ok', target: { sectionId: 'two', paragraph: null }, sectionIndex: 2 });
  });

  it('picks the occurrence of a repeated quote whose surroundings match', () => {
    const first = makeAnchor(article, at({ paragraph: 1, range: { start: 0, end: 3 } }));
    expect(resolveAnchor(article, first).target).toMatchObject({ start: 0, end: 3 });
    expect(resolveAnchor(article, passage).target).toMatchObject({ start: 12, end: 15 });
  });

  it('follows a passage whose paragraph moved to another section', () => {
    const moved = edited(([one, two]) => [
      { ...one!, paragraphs: [one!.paragraphs[0]!] },
      { ...two!, paragraphs: [...two!.paragraphs, one!.paragraphs[1]!] },
    ]);
    expect(resolveAnchor(moved, passage)).toMatchObject({ status: 'moved', target: { sectionId: 'two', paragraph: 1, start: 12, end: 15 } });
    expect(resolveAnchor(moved, paragraph)).toMatchObject({ status: 'moved', target: { sectionId: 'two', paragraph: 1 } });
  });

  it('finds a passage again after text was inserted before it', () => {
    const inserted = edited(([one, two]) => [
      { ...one!, paragraphs: [{ runs: [{ text: 'ย่อหน้าใหม่' }] }, ...one!.paragraphs] },
      two!,
    ]);
    expect(resolveAnchor(inserted, passage)).toMatchObject({ status: 'moved', target: { sectionId: 'one', paragraph: 2, start: 12 } });
  });

  it('follows a renamed section by its opening text', () => {
    const renamed = edited(([one, two]) => [one!, { ...two!, id: 'สอง-ใหม่', heading: 'สองใหม่' }]);
    expect(resolveAnchor(renamed, section)).toMatchObject({ status: 'moved', target: { sectionId: 'สอง-ใหม่' } });
  });

  it('falls back to the section when a bookmarked paragraph was rewritten', () => {
    const rewritten = edited(([one, two]) => [{ ...one!, paragraphs: [one!.paragraphs[0]!, { runs: [{ text: 'เขียนใหม่ทั้งหมด' }] }] }, two!]);
    expect(resolveAnchor(rewritten, paragraph)).toMatchObject({ status: 'moved', target: { sectionId: 'one', paragraph: null } });
  });

  it('reports missing, never throws, when the text or the article is gone', () => {
    const gone = edited(([one, two]) => [{ ...one!, paragraphs: [one!.paragraphs[0]!] }, two!]);
    expect(resolveAnchor(gone, passage)).toMatchObject({ status: 'missing', target: null, section: null });
    expect(resolveAnchor(undefined, section)).toMatchObject({ status: 'missing', target: null });
    const noSection = edited(([one]) => [one!]);
    expect(resolveAnchor(noSection, section).status).toBe('missing');
  });
});
