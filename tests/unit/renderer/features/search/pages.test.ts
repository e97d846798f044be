import { describe, expect, it } from 'vitest';
import { limits } from '../../../../../common/limits';
import { appendPage, firstPage, hasMorePages } from '../../../../../renderer/features/search/pages';
import { answer, hit, hitsIn } from './sample';

const limit = 3;

describe('firstPage', () => {
  it('starts the next page after its hits', () => {
    const shown = firstPage(answer(hitsIn('a', 3), { total: 7 }), limit);
    expect(shown.next).toBe(3);
    expect(shown.newestFrom).toBe(0);
    expect(hasMorePages(shown)).toBe(true);
  });

  it('has no more when every counted section is shown', () => {
    expect(hasMorePages(firstPage(answer(hitsIn('a', 2)), limit))).toBe(false);
    expect(hasMorePages(firstPage(answer(hitsIn('a', 3)), limit))).toBe(false);
  });

  it('may have more when counting stopped, even at the count', () => {
    expect(hasMorePages(firstPage(answer(hitsIn('a', 3), { total: 3, exact: false }), limit))).toBe(true);
  });

  it('has no more after a short page, whatever the counts say', () => {
    expect(hasMorePages(firstPage(answer(hitsIn('a', 2), { total: 9, exact: false }), limit))).toBe(false);
  });
});

describe('appendPage', () => {
  it('appends the hits, keeps the first page titles and takes the newer counts', () => {
    const titles = [{ articleId: 'a', title: 'A' }];
    const first = firstPage(answer(hitsIn('a', 3), { titles, total: 500, articles: 2, exact: false }), limit);
    const second = answer([hit('b', 'b0'), hit('a', 's3')], { total: 5, articles: 2, exact: true });
    const shown = appendPage(first, second, limit);
    expect(shown.results.hits.map((h) => `${h.articleId}/${h.sectionId}`)).toEqual(['a/s0', 'a/s1', 'a/s2', 'b/b0', 'a/s3']);
    expect(shown.results.titles).toEqual(titles);
    expect(shown.results).toMatchObject({ total: 5, articles: 2, exact: true });
    expect(shown.newestFrom).toBe(3);
    expect(shown.next).toBe(5);
    expect(hasMorePages(shown)).toBe(false);
  });

  it('shows a section once when a later page repeats it, yet moves the offset past it', () => {
    const first = firstPage(answer(hitsIn('a', 3), { total: 9 }), limit);
    const shown = appendPage(first, answer([hit('a', 's2'), ...hitsIn('a', 2, 3)], { total: 9 }), limit);
    expect(shown.results.hits.map((h) => h.sectionId)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(shown.next).toBe(6);
    expect(hasMorePages(shown)).toBe(true);
  });

  it('never counts fewer sections or articles than it shows', () => {
    const first = firstPage(answer(hitsIn('a', 3), { total: 3, exact: false }), limit);
    const shown = appendPage(first, answer(hitsIn('b', 1), { total: 1, articles: 1 }), limit);
    expect(shown.results.total).toBe(4);
    expect(shown.results.articles).toBe(2);
  });

  it('stops offering more past the deepest offset a search takes', () => {
    const deep = { ...firstPage(answer(hitsIn('a', 3), { exact: false }), limit), next: limits.searchOffset + 1 };
    expect(hasMorePages(deep)).toBe(false);
  });
});
