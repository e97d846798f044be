/** Main's side of the catalog worker, with a real worker thread over a library file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { createCatalogService } from '../../../main/library/catalog/catalogService.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { sampleArticle } from '../fixtures.js';

const dbFile = join(mkdtempSync(join(tmpdir(), 'aksorn-catalog-service-')), 'library.db');
const db = openDatabase({ file: dbFile });
placeBundled(db, [sampleArticle], new Date(0));
const library = createLibrary({ db });
const service = createCatalogService({ dbFile, library });
const titles = async (filter = '') => (await service.browse({ sort: 'title', filter, offset: 0, limit: 50 })).articles.map((entry) => entry.title);

afterAll(async () => {
  await service.close();
  db.close();
});

describe('the catalog service', () => {
  it('answers from its worker, and follows the library as main changes it', async () => {
    expect(await titles()).toEqual([sampleArticle.title]);
    await library.add({ ...sampleArticle, id: 'ก', title: 'กรุงเทพมหานคร' });
    expect(await titles()).toEqual(['กรุงเทพมหานคร', sampleArticle.title]);
    await library.remove('ก');
    expect(await titles()).toEqual([sampleArticle.title]);
    await library.restore('ก');
    expect(await titles('เทพ')).toEqual(['กรุงเทพมหานคร']);
  }, 30_000);
});
