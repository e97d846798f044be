import { describe, expect, it } from 'vitest';
import type { ResolvedBookmark } from '../../../../../common/bookmarks';
import { applyChange, filterBookmarks, groupByArticle, notePreview } from '../../../../../renderer/features/bookmarks/listing';

function bookmark(id: string, articleId: string, fields: Partial<ResolvedBookmark> = {}, quote: string | null = null): ResolvedBookmark {
  return {
    id,
    kind: quote ? 'passage' : 'section',
    anchor: {
      articleId,
      sectionId: 's',
      paragraph: quote ? 0 : null,
      quote: quote ? { text: quote, prefix: '', suffix: '' } : null,
      context: '',
    },
    name: '',
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'ok',
    target: { sectionId: 's', paragraph: null, start: null, end: null },
    label: 'หัวข้อ',
    articleTitle: `title ${articleId}`,
    articleMissing: false,
    sectionHeading: 'หัวข้อ',
    order: [articleId.charCodeAt(0), Number(id.replace(/\D/g, '')) || 0],
    ...fields,
  };
}

describe('groupByArticle', () => {
  it('keeps the order of articles and of bookmarks within each', () => {
    const list = [bookmark('1', 'a'), bookmark('2', 'b'), bookmark('3', 'a')];
    expect(groupByArticle(list).map((g) => [g.articleTitle, g.bookmarks.map((b) => b.id)])).toEqual([
      ['title a', ['1', '3']],
      ['title b', ['2']],
    ]);
  });

  it('carries whether the article is gone to its group, with the title it had', () => {
    const list = [bookmark('1', 'a'), bookmark('2', 'z', { articleMissing: true, articleTitle: 'Old title', status: 'missing', target: null })];
    expect(groupByArticle(list).map((g) => [g.articleTitle, g.articleMissing])).toEqual([
      ['title a', false],
      ['Old title', true],
    ]);
  });
});

describe('filterBookmarks', () => {
  const list = [
    bookmark('1', 'a', { name: 'Moscow Summit', label: 'Moscow Summit' }),
    bookmark('2', 'a', { note: 'อ่านต่อพรุ่งนี้' }),
    bookmark('3', 'a', {}, 'ยาเสพติด'),
  ];

  it('matches names without regard to case, notes and quotes', () => {
    expect(filterBookmarks(list, 'moscow').map((b) => b.id)).toEqual(['1']);
    expect(filterBookmarks(list, 'พรุ่งนี้').map((b) => b.id)).toEqual(['2']);
    expect(filterBookmarks(list, 'เสพ').map((b) => b.id)).toEqual(['3']);
  });

  it('matches the derived label too, and everything for a blank query', () => {
    expect(filterBookmarks(list, 'หัวข้อ').map((b) => b.id)).toEqual(['2', '3']);
    expect(filterBookmarks(list, '  ')).toBe(list);
  });
});

describe('notePreview', () => {
  it('puts a note on one line and cuts it with an ellipsis', () => {
    expect(notePreview('one\n\ntwo   three')).toBe('one two three');
    expect(notePreview('abcdef', 3)).toBe('abc…');
  });
});

describe('applyChange', () => {
  const a1 = bookmark('1', 'a');
  const a2 = bookmark('2', 'a');
  const b1 = bookmark('3', 'b');

  it('puts saved bookmarks in main\'s order and replaces an old copy', () => {
    const renamed = { ...a1, name: 'ใหม่', label: 'ใหม่' };
    expect(applyChange([a2, b1], { saved: [a1], removed: [] }).map((b) => b.id)).toEqual(['1', '2', '3']);
    expect(applyChange([a1, a2], { saved: [renamed], removed: [] })).toEqual([renamed, a2]);
  });

  it('takes removed bookmarks out and leaves the rest as they were', () => {
    const { status: _s, target: _t, label: _l, articleTitle: _a, sectionHeading: _h, order: _o, ...stored } = a2;
    expect(applyChange([a1, a2, b1], { saved: [], removed: [stored] })).toEqual([a1, b1]);
  });
});
