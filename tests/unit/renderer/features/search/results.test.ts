import { describe, expect, it } from 'vitest';
import { canChoose, itemKey, layoutResults } from '../../../../../renderer/features/search/results';
import { bookmarkMatch, hit } from './sample';

describe('layoutResults', () => {
  it('groups hits by article, groups in the order of each article first hit, sections in score order', () => {
    const hits = [hit('b', 'b1'), hit('a', 'a1'), hit('b', 'b2'), hit('c', 'c1'), hit('a', 'a2')];
    const { groups } = layoutResults([], [], hits);
    expect(groups.map((g) => g.articleId)).toEqual(['b', 'a', 'c']);
    expect(groups.map((g) => g.articleTitle)).toEqual(['B', 'A', 'C']);
    expect(groups[0]?.hits.map((h) => h.hit.sectionId)).toEqual(['b1', 'b2']);
    expect(groups[1]?.hits.map((h) => h.hit.sectionId)).toEqual(['a1', 'a2']);
  });

  it('lists the titles first, then every hit in the order the groups show them, numbered in that one order', () => {
    const titles = [{ articleId: 'a', title: 'A' }, { articleId: 'z', title: 'Z', alias: 'Zed' }];
    const hits = [hit('b', 'b1'), hit('a', 'a1'), hit('b', 'b2')];
    const layout = layoutResults(titles, [], hits);
    expect(layout.items.map(itemKey)).toEqual(['title:a', 'title:z', 'hit:b/b1', 'hit:b/b2', 'hit:a/a1']);
    expect(layout.titles.map((t) => [t.title.articleId, t.index])).toEqual([['a', 0], ['z', 1]]);
    const numbered = layout.groups.flatMap((g) => g.hits.map((h) => [itemKey({ kind: 'hit', hit: h.hit }), h.index]));
    expect(numbered).toEqual([['hit:b/b1', 2], ['hit:b/b2', 3], ['hit:a/a1', 4]]);
  });

  it('puts the bookmarks between the titles and the sections, in one keyboard order across the groups', () => {
    const titles = [{ articleId: 'a', title: 'A' }];
    const layout = layoutResults(titles, [bookmarkMatch('m1'), bookmarkMatch('m2')], [hit('b', 'b1'), hit('a', 'a1')]);
    expect(layout.items.map(itemKey)).toEqual(['title:a', 'bookmark:m1', 'bookmark:m2', 'hit:b/b1', 'hit:a/a1']);
    expect(layout.bookmarks.map((b) => [b.match.bookmark.id, b.index])).toEqual([['m1', 1], ['m2', 2]]);
    expect(layout.groups.flatMap((g) => g.hits.map((h) => h.index))).toEqual([3, 4]);
  });

  it('lays out nothing for an answer without titles or hits', () => {
    expect(layoutResults([], [], [])).toEqual({ titles: [], bookmarks: [], groups: [], items: [] });
  });
});

describe('itemKey', () => {
  it('tells a title from the lead of the same article', () => {
    const title = itemKey({ kind: 'title', title: { articleId: 'a', title: 'A' } });
    const lead = itemKey({ kind: 'hit', hit: hit('a', 'lead') });
    expect(title).not.toBe(lead);
  });
});

describe('canChoose', () => {
  it('leads somewhere for titles, hits and bookmarks with a place, not for a bookmark without one', () => {
    expect(canChoose({ kind: 'title', title: { articleId: 'a', title: 'A' } })).toBe(true);
    expect(canChoose({ kind: 'hit', hit: hit('a', 'lead') })).toBe(true);
    expect(canChoose({ kind: 'bookmark', match: bookmarkMatch('m') })).toBe(true);
    expect(canChoose({ kind: 'bookmark', match: bookmarkMatch('gone', false) })).toBe(false);
  });
});
