import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open.js';
import { createLibrary } from '../../../../main/library/library.js';
import { createSearchEngine } from '../../../../main/search/searchEngine.js';
import { sampleArticle } from '../../fixtures.js';

/** A library of `count` articles whose leads all hold the word searched for. */
async function libraryOf(count: number) {
  const db = openDatabase({ file: ':memory:' });
  const library = createLibrary({ db });
  for (let n = 1; n <= count; n++) {
    await library.add({ ...sampleArticle, id: `a${n}`, title: `บทความ ${n}`, lead: [{ runs: [{ text: `แมวน้ำ ตัวที่ ${n}` }] }], sections: [] });
  }
  return db;
}

describe('the ranking window of library search', () => {
  it('counts every match exactly within the default window', async () => {
    const results = createSearchEngine(await libraryOf(5)).search('แมวน้ำ', { limit: 2 });
    expect(results).toMatchObject({ total: 5, exact: true });
    expect(results.hits.map((hit) => hit.articleId)).toEqual(['a1', 'a2']);
  });

  it('says "more than" once the count limit is reached, with the same first hits', async () => {
    const results = createSearchEngine(await libraryOf(5), { windowSize: 3, countLimit: 4 }).search('แมวน้ำ', { limit: 2 });
    expect(results).toMatchObject({ total: 4, exact: false });
    expect(results.hits.map((hit) => hit.articleId)).toEqual(['a1', 'a2']);
  });
});
