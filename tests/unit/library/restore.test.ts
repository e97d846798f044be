import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import { ApiError } from '../../../common/envelope.js';
import type { LibraryChange } from '../../../common/events.js';
import { openDatabase } from '../../../main/db/open.js';
import { ArticleRows, type RemovedRows } from '../../../main/library/articleRows.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { keptRemovalMs, keptRemovals, RemovedShelf } from '../../../main/library/removedShelf.js';
import { createSearchEngine } from '../../../main/search/searchEngine.js';
import { sampleArticle } from '../fixtures.js';

const bangkok: Article = {
  id: 'กรุงเทพมหานคร',
  title: 'กรุงเทพมหานคร',
  lang: 'th',
  lead: [{ runs: [{ text: 'เมืองหลวงริมแม่น้ำเจ้าพระยา' }] }],
  sections: [{ id: 'ภูมิศาสตร์', heading: 'ภูมิศาสตร์', level: 2, paragraphs: [{ runs: [{ text: 'ที่ราบลุ่มดินตะกอน' }] }] }],
  hasReferenceList: false,
};

function sampleLibrary(shelf?: RemovedShelf) {
  const db = openDatabase({ file: ':memory:' });
  placeBundled(db, [sampleArticle], new Date(0));
  let clock = Date.parse('2026-04-01T00:00:00.000Z');
  const library = createLibrary({ db, now: () => new Date((clock += 60_000)), removed: shelf });
  return { db, library, rows: new ArticleRows(db), engine: createSearchEngine(db) };
}

describe('undoing the removal of an article', () => {
  it('brings it back exactly: id, title, source, date added, place, text, aliases and search rows', async () => {
    const { db, library, rows, engine } = sampleLibrary();
    await library.add(bangkok, { source: 'dump', origin: 'thwiki.xml' });
    await library.add({ ...sampleArticle, id: 'later', title: 'บทความถัดไป' });
    rows.addAlias('กทม.', bangkok.title);
    const listed = (await library.list(0, 10)).articles;
    const before = { rows: rows.rowsOf(bangkok.id), position: await library.position(bangkok.id) };
    const changes: LibraryChange[] = [];
    library.onChange((change) => changes.push(change));

    await library.remove(bangkok.id);
    expect(await library.find(bangkok.id)).toBeUndefined();
    expect(engine.search('ตะกอน', {}).hits).toEqual([]);
    expect(await library.resolveTitles(['กทม.'])).toEqual([null]);

    await library.restore(bangkok.id);
    expect(await library.get(bangkok.id)).toEqual(bangkok);
    expect((await library.list(0, 10)).articles).toEqual(listed);
    expect(await library.position(bangkok.id)).toBe(before.position);
    // Byte for byte as stored before, the update time too: a restore is not an edit.
    expect(rows.rowsOf(bangkok.id)).toEqual(before.rows);
    expect(await library.resolveTitles(['กทม.', 'กรุงเทพมหานคร'])).toEqual([bangkok.id, bangkok.id]);
    const found = engine.search('ตะกอน', {});
    expect(found.hits.map((hit) => [hit.articleId, hit.sectionId])).toEqual([[bangkok.id, 'ภูมิศาสตร์']]);
    expect(engine.search('กรุงเทพ', {}).titles.map((title) => title.articleId)).toEqual([bangkok.id]);
    expect(db.prepare('SELECT count(*) AS n FROM section_pairs').get()).toEqual(db.prepare('SELECT count(*) AS n FROM sections').get());
    expect(changes).toEqual([
      { added: [], removed: [bangkok.id], more: false },
      { added: [bangkok.id], removed: [], more: false },
    ]);
  });

  it('can be done once; an id never removed, or restored already, is not-found', async () => {
    const { library } = sampleLibrary();
    await library.add(bangkok);
    await library.remove(bangkok.id);
    await library.restore(bangkok.id);
    await expect(library.restore(bangkok.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.restore('never-here')).rejects.toThrow(ApiError);
  });

  it('is refused when an article of that title was imported again meanwhile, and the import stands', async () => {
    const { library } = sampleLibrary();
    await library.add(bangkok);
    await library.remove(bangkok.id);
    const again = { ...bangkok, lead: [{ runs: [{ text: 'ฉบับใหม่' }] }] };
    await library.add(again);
    await expect(library.restore(bangkok.id)).rejects.toThrow(/cannot be restored: an article with id .* is in the library again/);
    expect((await library.get(bangkok.id)).lead).toEqual(again.lead);
  });

  it('takes a new place in library order when another article took its old one', async () => {
    const { library } = sampleLibrary();
    await library.add(bangkok);
    const old = await library.position(bangkok.id);
    await library.remove(bangkok.id);
    await library.add({ ...bangkok, id: 'newcomer', title: 'บทความใหม่' });
    expect(await library.position('newcomer')).toBe(old);
    await library.restore(bangkok.id);
    expect(await library.position(bangkok.id)).toBeGreaterThan(old as number);
    expect(await library.get(bangkok.id)).toEqual(bangkok);
  });
});

describe('the shelf of removed articles', () => {
  const removed = (id: string): RemovedRows => ({ article: { id } as RemovedRows['article'], sections: [] });

  it(`keeps the last ${keptRemovals} removals`, () => {
    const shelf = new RemovedShelf(() => 0);
    for (let i = 0; i <= keptRemovals; i++) shelf.keep(removed(`a${i}`));
    expect(shelf.take('a0')).toBeUndefined();
    expect(shelf.take(`a${keptRemovals}`)?.article.id).toBe(`a${keptRemovals}`);
    expect(shelf.take('a1')?.article.id).toBe('a1');
  });

  it('forgets a removal once it is older than the undo window', () => {
    let now = 0;
    const shelf = new RemovedShelf(() => now);
    shelf.keep(removed('old'));
    now = keptRemovalMs / 2;
    shelf.keep(removed('newer'));
    now = keptRemovalMs + 1;
    expect(shelf.take('old')).toBeUndefined();
    expect(shelf.take('newer')?.article.id).toBe('newer');
  });
});
