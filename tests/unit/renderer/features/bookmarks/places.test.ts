import { describe, expect, it } from 'vitest';
import type { BookmarkKind, BookmarkTarget, ResolvedBookmark } from '../../../../../common/bookmarks';
import {
  bookmarkPlaces,
  mergeRanges,
  placeKey,
  splitByPassages,
} from '../../../../../renderer/features/bookmarks/places';

let next = 0;

function bookmark(kind: BookmarkKind, target: BookmarkTarget | null, articleId = 'a'): ResolvedBookmark {
  next += 1;
  return {
    id: `b${next}`,
    kind,
    anchor: { articleId, sectionId: target?.sectionId ?? 'gone', paragraph: target?.paragraph ?? null, quote: null, context: '' },
    name: '',
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: target ? 'ok' : 'missing',
    target,
    label: 'x',
    articleTitle: 'A',
    articleMissing: false,
    sectionHeading: 'x',
    order: [next],
  };
}

const at = (sectionId: string, paragraph: number | null, start: number | null = null, end: number | null = null) => ({
  sectionId,
  paragraph,
  start,
  end,
});

describe('bookmarkPlaces', () => {
  it('collects sections, paragraphs and passages of one article from where they point now', () => {
    const places = bookmarkPlaces(
      [
        bookmark('section', at('s1', null)),
        bookmark('section', at('lead', null)),
        bookmark('paragraph', at('s1', 2)),
        bookmark('passage', at('s1', 0, 5, 9)),
        bookmark('passage', at('s1', 0, 1, 3)),
        bookmark('passage', at('s1', 0, 8, 12)),
        bookmark('section', null),
        bookmark('section', at('s9', null), 'other'),
      ],
      'a',
    );
    expect([...places.sections]).toEqual(['s1', 'lead']);
    expect([...places.paragraphs]).toEqual([placeKey('s1', 2)]);
    expect(places.passages.get(placeKey('s1', 0))).toEqual([
      { start: 1, end: 3, from: 1 },
      { start: 5, end: 12, from: 5 },
    ]);
  });
});

describe('mergeRanges', () => {
  it('joins touching ranges too', () => {
    expect(mergeRanges([{ start: 4, end: 6, from: 4 }, { start: 0, end: 4, from: 0 }])).toEqual([{ start: 0, end: 6, from: 0 }]);
  });
});

describe('splitByPassages', () => {
  it('cuts a run into plain and passage pieces that cover it', () => {
    const passage = { start: 2, end: 4, from: 10 };
    expect(splitByPassages('abcdef', [passage])).toEqual([
      { text: 'ab', start: 0, passage: null },
      { text: 'cd', start: 2, passage },
      { text: 'ef', start: 4, passage: null },
    ]);
  });

  it('leaves out the part of a passage past the text', () => {
    const passage = { start: 1, end: 99, from: 1 };
    expect(splitByPassages('abc', [passage])).toEqual([
      { text: 'a', start: 0, passage: null },
      { text: 'bc', start: 1, passage },
    ]);
  });
});
