import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { buildSearchIndex } from '../../../main/search/build.js';
import { createLibrarySearch, indexedArticles } from '../../../main/search/librarySearch.js';
import { createSearch } from '../../../main/search/search.js';
import { sampleArticle } from '../fixtures.js';

const imported = {
  ...sampleArticle,
  id: 'ดาราศาสตร์',
  title: 'ดาราศาสตร์',
  lead: [{ runs: [{ text: 'กล้องโทรทรรศน์ส่องดาว' }] }],
  sections: [],
};

describe('search that follows the library', () => {
  it('finds an article added while the app runs, and stops finding it once removed', async () => {
    const db = openDatabase({ file: ':memory:' });
    placeBundled(db, [sampleArticle], new Date(0));
    const library = createLibrary({ db });
    const search = createLibrarySearch(library, createSearch([sampleArticle], buildSearchIndex([sampleArticle])));
    expect((await search.search('โทรทรรศน์', {})).total).toBe(0);
    await library.add(imported);
    expect((await search.search('โทรทรรศน์', {})).hits.map((hit) => hit.articleId)).toEqual([imported.id]);
    await library.remove(imported.id);
    expect((await search.search('โทรทรรศน์', {})).total).toBe(0);
    expect((await search.search('ข้อความ', {})).hits.map((hit) => hit.articleId)).toEqual(['sample']);
  });
});

describe('the interim index past its size', () => {
  it('is not rebuilt for articles added past the ones it holds, and is for a change to one it holds', async () => {
    const db = openDatabase({ file: ':memory:' });
    placeBundled(db, [sampleArticle], new Date(0));
    const library = createLibrary({ db });
    for (let n = 2; n < indexedArticles; n++) await library.add({ ...imported, id: `a${n}`, title: `บทความ ${n}`, lead: [{ runs: [{ text: `ข้อความที่ ${n}` }] }] });
    let rebuilds = 0;
    const counted = { ...library, list: (offset: number, limit: number) => (rebuilds++, library.list(offset, limit)) };
    const search = createLibrarySearch(counted, createSearch([sampleArticle], buildSearchIndex([sampleArticle])));
    await library.add({ ...imported, id: 'last', title: 'บทความสุดท้าย', lead: [{ runs: [{ text: 'ข้อความสุดท้าย' }] }] });
    expect((await search.search('ข้อความสุดท้าย', {})).hits.map((hit) => hit.articleId)).toEqual(['last']);
    // Past the first indexedArticles: not indexed, and no rebuild.
    await library.add({ ...imported, id: 'past', title: 'ดาวเคราะห์' });
    expect((await search.search('โทรทรรศน์', {})).total).toBe(0);
    expect(rebuilds).toBe(1);
    await library.add({ ...imported, id: 'x', title: 'บทความ 5', lead: [{ runs: [{ text: 'เปลี่ยนแล้ว' }] }] });
    expect((await search.search('เปลี่ยนแล้ว', {})).hits.map((hit) => hit.articleId)).toEqual(['a5']);
    expect(rebuilds).toBe(2);
  });
});
