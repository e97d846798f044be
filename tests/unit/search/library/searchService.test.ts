/** Main's side of the search worker, with a real worker thread over a library file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/envelope.js';
import { openDatabase } from '../../../../main/db/open.js';
import { placeBundled } from '../../../../main/library/library.js';
import { inTransaction } from '../../../../main/db/open.js';
import { ArticleRows } from '../../../../main/library/articleRows.js';
import { createReadingPositionStore } from '../../../../main/reading/readingPositions.js';
import { createSearchService } from '../../../../main/search/searchService.js';
import { sampleArticle } from '../../fixtures.js';

const dbFile = join(mkdtempSync(join(tmpdir(), 'aksorn-search-service-')), 'library.db');
const db = openDatabase({ file: dbFile });
placeBundled(db, [sampleArticle], new Date(0));
const service = createSearchService({ dbFile });

afterAll(async () => {
  await service.close();
  db.close();
});

describe('the search service', () => {
  it('answers from its worker, across the library and inside one article', async () => {
    const library = await service.search('ข้อความ', { limit: 5 });
    expect(library.hits.map((hit) => [hit.articleId, hit.sectionId])).toEqual([['sample', 'ประวัติ']]);
    const inArticle = await service.search('ข้อความ', { scope: { article: 'sample' } });
    expect(inArticle.hits.map((hit) => hit.sectionId)).toEqual(['ประวัติ']);
  }, 30_000);

  it('sees what main writes after it started', async () => {
    placeBundled(db, [{ ...sampleArticle, id: 'second', title: 'บทความที่สอง', lead: [{ runs: [{ text: 'ดาวเคราะห์น้อย' }] }] }], new Date(0));
    expect((await service.search('เคราะห์', {})).hits.map((hit) => hit.articleId)).toEqual(['second']);
  }, 30_000);

  it('refuses a search inside an article the library lacks, as not-found', async () => {
    await expect(service.search('ข้อความ', { scope: { article: 'nothing-here' } })).rejects.toThrow(ApiError);
    await expect(service.search('ข้อความ', { scope: { article: 'nothing-here' } })).rejects.toMatchObject({ code: 'not-found' });
  }, 30_000);

  it('answers the last of several as-you-type searches sent at once', async () => {
    const answers = await Promise.all(['ข้', 'ข้อ', 'ข้อค', 'ข้อความ'].map((query) => service.search(query, { asYouType: true })));
    expect(answers.at(-1)?.hits.map((hit) => [hit.articleId, hit.sectionId])).toContainEqual(['sample', 'ประวัติ']);
    for (const answer of answers.slice(0, -1)) expect(answer.superseded || answer.hits.length > 0).toBe(true);
  }, 30_000);

  it('finds articles for quick open in its worker: by title and redirect, recently read first, a blank query the read ones', async () => {
    placeBundled(db, [{ ...sampleArticle, id: 'third', title: 'ตัวอย่างที่สาม' }], new Date(0));
    inTransaction(db, () => new ArticleRows(db).addAlias('ชื่อเล่นของบทความ', 'บทความตัวอย่าง'));
    // The title that starts with the query first.
    expect(await service.findArticles('ตัวอย่าง', {})).toEqual([
      { articleId: 'third', title: 'ตัวอย่างที่สาม' },
      { articleId: 'sample', title: 'บทความตัวอย่าง' },
    ]);
    expect(await service.findArticles('เล่น', { limit: 5 })).toEqual([{ articleId: 'sample', title: 'บทความตัวอย่าง', alias: 'ชื่อเล่นของบทความ' }]);
    expect(await service.findArticles('', {})).toEqual([]);

    await createReadingPositionStore(db, () => new Date('2026-02-03T04:05:06.000Z')).set({ articleId: 'sample', sectionId: 'lead', progress: 0.2 });
    const read = { articleId: 'sample', title: 'บทความตัวอย่าง', readAt: '2026-02-03T04:05:06.000Z' };
    expect(await service.findArticles('ตัวอย่าง', {})).toEqual([read, { articleId: 'third', title: 'ตัวอย่างที่สาม' }]);
    expect(await service.findArticles('', {})).toEqual([read]);
    expect(await service.findArticles('%_', {})).toEqual([]);
  }, 30_000);

  it('answers finds and as-you-type searches sent together, each its own kind', async () => {
    const [search, find] = await Promise.all([service.search('ข้อความ', { asYouType: true }), service.findArticles('สาม', {})]);
    expect(search.hits.map((hit) => hit.articleId)).toContain('sample');
    expect(find.map((article) => article.articleId)).toEqual(['third']);
  }, 30_000);
});
