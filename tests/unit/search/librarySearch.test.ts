import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { buildSearchIndex } from '../../../main/search/build.js';
import { createLibrarySearch } from '../../../main/search/librarySearch.js';
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
