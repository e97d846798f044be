import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../common/envelope.js';
import type { LibraryChange } from '../../../common/events.js';
import { ArticleRows } from '../../../main/library/articleRows.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { openDatabase } from '../../../main/db/open.js';
import { sampleArticle } from '../fixtures.js';

const imported = { ...sampleArticle, id: 'บทความนำเข้า', title: 'บทความนำเข้า' };
const added = new Date('2026-11-29T00:00:00.000Z');

/** A library database in memory, holding the sample article as Aksorn's own. */
function sampleDb(): DatabaseSync {
  const db = openDatabase({ file: ':memory:' });
  placeBundled(db, [sampleArticle], new Date(0));
  return db;
}

describe('the library in its database', () => {
  const library = createLibrary({ db: sampleDb(), now: () => added });

  it('lists summaries without the article bodies, with source, size and the date added', async () => {
    expect(await library.list(0, 10)).toEqual({
      articles: [{ id: 'sample', title: 'บทความตัวอย่าง', lang: 'th', sectionCount: 2, source: 'bundled', size: 132, addedAt: '1970-01-01T00:00:00.000Z' }],
      total: 1,
    });
  });

  it('answers an article by id, as it was stored', async () => {
    expect(await library.get('sample')).toEqual(sampleArticle);
  });

  it('answers an unknown id with a not-found ApiError', async () => {
    await expect(library.get('nope')).rejects.toThrow(new ApiError('not-found', 'no article with id "nope"'));
  });

  it('pages through the library in the order articles entered it', async () => {
    const paged = createLibrary({ db: sampleDb() });
    for (const n of [1, 2, 3]) await paged.add({ ...imported, id: `a${n}`, title: `บทความ ${n}` });
    expect((await paged.list(1, 2)).articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect((await paged.list(3, 10)).articles.map((a) => a.id)).toEqual(['a3']);
    expect((await paged.list(0, 1)).total).toBe(4);
  });
});

describe('a library that changes while the app runs', () => {
  it('adds and removes articles, tells its listeners, and keeps the order', async () => {
    const library = createLibrary({ db: sampleDb() });
    const changes: LibraryChange[] = [];
    const stop = library.onChange((change) => changes.push(change));
    expect(await library.add(imported)).toEqual({ kind: 'imported', id: imported.id });
    expect((await library.list(0, 10)).articles.map((a) => a.id)).toEqual(['sample', imported.id]);
    expect(await library.position(imported.id)).toBeGreaterThan((await library.position('sample')) as number);
    await library.remove(imported.id);
    expect(await library.find(imported.id)).toBeUndefined();
    expect(await library.position(imported.id)).toBeUndefined();
    expect(changes).toEqual([
      { added: [imported.id], removed: [], more: false },
      { added: [], removed: [imported.id], more: false },
    ]);
    stop();
    await library.add(imported);
    expect(changes).toHaveLength(2);
  });

  it('updates an article imported again in place: same id, same place, same date added; never a duplicate', async () => {
    let clock = 0;
    const library = createLibrary({ db: sampleDb(), now: () => new Date((clock += 1000)) });
    await library.add(imported);
    const before = (await library.list(0, 10)).articles[1];
    const changed = { ...imported, id: 'another-id-from-another-source', lead: [{ runs: [{ text: 'ย่อหน้าใหม่' }] }] };
    expect(await library.add(changed)).toEqual({ kind: 'updated', id: imported.id });
    expect(await library.add(changed)).toEqual({ kind: 'kept', id: imported.id });
    const { articles, total } = await library.list(0, 10);
    expect(total).toBe(2);
    expect(articles[1]).toMatchObject({ id: imported.id, addedAt: before?.addedAt });
    expect((await library.get(imported.id)).lead).toEqual(changed.lead);
  });

  it('takes a spelling of the same title as the same page', async () => {
    const library = createLibrary({ db: sampleDb() });
    await library.add({ ...imported, id: 'Bangkok', title: 'Bangkok' });
    expect(await library.add({ ...imported, id: 'bangkok', title: ' bangkok_' })).toMatchObject({ kind: 'updated', id: 'Bangkok' });
  });

  it('refuses to replace an article that comes with Aksorn', async () => {
    const library = createLibrary({ db: sampleDb() });
    expect(await library.add({ ...sampleArticle, id: 'copy' })).toEqual({ kind: 'refused', reason: 'an article of this title comes with Aksorn and is not replaced' });
  });

  it('remembers the title of an article it removed until the article is imported again', async () => {
    const library = createLibrary({ db: sampleDb() });
    await library.add(imported);
    expect(await library.removedTitle(imported.id)).toBeUndefined();
    await library.remove(imported.id);
    expect(await library.removedTitle(imported.id)).toBe('บทความนำเข้า');
    expect(await library.removedTitle('never-here')).toBeUndefined();
    await library.add(imported);
    expect(await library.removedTitle(imported.id)).toBeUndefined();
  });

  it('refuses to remove a bundled article or one it does not have', async () => {
    const library = createLibrary({ db: sampleDb() });
    await expect(library.remove('sample')).rejects.toThrow(/names an article that comes with Aksorn and cannot be removed/);
    await expect(library.remove('nope')).rejects.toThrow(new ApiError('not-found', 'no article with id "nope"'));
    expect((await library.list(0, 10)).total).toBe(1);
  });
});

describe('titles and redirects', () => {
  it('resolves titles however they are spelled, and redirects once their target arrives', async () => {
    const db = sampleDb();
    const library = createLibrary({ db });
    const rows = new ArticleRows(db);
    expect(rows.addAlias('กทม', 'กรุงเทพมหานคร')).toBe(true);
    expect(await library.resolveTitles(['กทม', 'กรุงเทพมหานคร'])).toEqual([null, null]);
    await library.add({ ...imported, id: 'กรุงเทพมหานคร', title: 'กรุงเทพมหานคร' });
    expect(await library.resolveTitles(['กทม', 'กรุงเทพมหานคร', 'กรุงเทพมหานคร_', 'บทความตัวอย่าง', 'ไม่มี', ''])).toEqual([
      'กรุงเทพมหานคร',
      'กรุงเทพมหานคร',
      'กรุงเทพมหานคร',
      'sample',
      null,
      null,
    ]);
  });

  it('keeps no alias of a title to itself', () => {
    expect(new ArticleRows(sampleDb()).addAlias('Bangkok', 'bangkok')).toBe(false);
  });
});

describe('the search index beside the articles', () => {
  const sectionsMatching = (db: DatabaseSync, term: string) =>
    (
      db
        .prepare('SELECT s.id FROM section_grams AS g JOIN sections AS s ON s.rowid = g.rowid WHERE section_grams MATCH ? ORDER BY s.rowid')
        .all(`"${term}"`) as { id: string }[]
    ).map((row) => row.id);

  it('follows every add, update and removal in the same transaction', async () => {
    const db = sampleDb();
    const library = createLibrary({ db });
    expect(sectionsMatching(db, 'ข้อ')).toEqual(['ประวัติ']);
    await library.add({ ...imported, lead: [{ runs: [{ text: 'กล้องโทรทรรศน์' }] }] });
    expect(sectionsMatching(db, 'ทรร')).toEqual(['lead']);
    await library.add({ ...imported, lead: [{ runs: [{ text: 'ดาวเคราะห์' }] }] });
    expect([sectionsMatching(db, 'ทรร'), sectionsMatching(db, 'เคร')]).toEqual([[], ['lead']]);
    await library.remove(imported.id);
    expect(sectionsMatching(db, 'เคร')).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM section_grams').get() as { n: number }).n).toBe(3);
  });

  it('keeps text in composed form (NFC), whatever form the importer read', async () => {
    const db = sampleDb();
    const library = createLibrary({ db });
    // Tone mark before sara u, and e + combining acute: both have a composed order.
    const decomposed = 'ก\u0e48\u0e38 cafe\u0301';
    await library.add({ ...imported, title: `หัวเรื่อง ${decomposed}`, lead: [{ runs: [{ text: decomposed }, { text: decomposed, link: 'x' }] }] });
    const stored = await library.get((await library.list(0, 10)).articles.at(-1)?.id as string);
    expect(stored.title).toBe(`หัวเรื่อง ${decomposed}`.normalize('NFC'));
    expect(stored.lead[0]?.runs).toEqual([{ text: decomposed.normalize('NFC') }, { text: decomposed.normalize('NFC'), link: 'x' }]);
  });
});
