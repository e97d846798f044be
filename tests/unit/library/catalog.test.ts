import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import type { BrowseQuery } from '../../../common/catalog.js';
import { openDatabase, inTransaction } from '../../../main/db/open.js';
import { ArticleRows } from '../../../main/library/articleRows.js';
import { Catalog } from '../../../main/library/catalog/catalog.js';
import { readProgress } from '../../../main/library/catalog/progress.js';
import { createLibrary, placeBundled, type Library } from '../../../main/library/library.js';
import { createReadingPositionStore } from '../../../main/reading/readingPositions.js';
import { sampleArticle } from '../fixtures.js';

/** An imported article of this title, with a lead and `sections` sections. */
function article(title: string, sections = 2): Article {
  return {
    id: title.replace(/ /g, '_'),
    title,
    lang: 'th',
    lead: [{ runs: [{ text: `${title} เป็นบทความ` }] }],
    sections: Array.from({ length: sections }, (_, i) => ({ id: `s${i}`, heading: `หัวข้อ ${i}`, level: 2 as const, paragraphs: [{ runs: [{ text: `ข้อความ ${i}` }] }] })),
    hasReferenceList: false,
  };
}

interface Setup {
  readonly db: DatabaseSync;
  readonly library: Library;
  readonly catalog: Catalog;
  /** What the catalog worker would be told: every change of the library. */
  readonly browse: (query: Partial<BrowseQuery>) => ReturnType<Catalog['browse']>;
  readonly titles: (query?: Partial<BrowseQuery>) => string[];
}

/** A library holding the sample article (bundled) and `titles` imported one after another, a second apart. */
async function setup(titles: readonly string[]): Promise<Setup> {
  const db = openDatabase({ file: ':memory:' });
  placeBundled(db, [sampleArticle], new Date(0));
  let clock = Date.parse('2026-01-01T00:00:00.000Z');
  const library = createLibrary({ db, now: () => new Date((clock += 1000)) });
  for (const title of titles) await library.add(article(title));
  const catalog = new Catalog(db);
  library.onChange((change) => catalog.changed(change));
  const browse = (query: Partial<BrowseQuery>) => catalog.browse({ sort: 'title', filter: '', offset: 0, limit: 100, ...query });
  return { db, library, catalog, browse, titles: (query = {}) => browse(query).articles.map((entry) => entry.title) };
}

const thai = ['ข้าว', 'ไก่', 'เกม', 'กา', 'Apple', 'banana', 'ก้าง'];

describe('the catalog, sorted', () => {
  it('sorts by title in Thai collation: a leading vowel sorts by its consonant, Thai before Latin', async () => {
    const { titles } = await setup(thai);
    // Code-point order would put เกม and ไก่ after ข้าว (the leading vowels come after every consonant).
    expect(titles()).toEqual(['กา', 'ก้าง', 'เกม', 'ไก่', 'ข้าว', sampleArticle.title, 'Apple', 'banana']);
  });

  it('sorts by date added, newest first', async () => {
    const { titles } = await setup(thai);
    expect(titles({ sort: 'added' })).toEqual([...thai].reverse().concat(sampleArticle.title));
  });

  it('sorts the articles read most recently first, then the unread ones by title', async () => {
    const { db, titles } = await setup(thai);
    let clock = Date.parse('2026-02-01T00:00:00.000Z');
    const positions = createReadingPositionStore(db, () => new Date((clock += 1000)));
    await positions.set({ articleId: 'banana', sectionId: 'lead', progress: 0 });
    await positions.set({ articleId: 'เกม', sectionId: 'lead', progress: 0 });
    await positions.set({ articleId: 'ไม่มีในคลัง', sectionId: 'lead', progress: 0 });
    expect(titles({ sort: 'recent' })).toEqual(['เกม', 'banana', 'กา', 'ก้าง', 'ไก่', 'ข้าว', sampleArticle.title, 'Apple']);
    // Reading banana again moves it to the top: the kept order follows the positions.
    await positions.set({ articleId: 'banana', sectionId: 's1', progress: 0.5 });
    expect(titles({ sort: 'recent' }).slice(0, 2)).toEqual(['banana', 'เกม']);
  });
});

describe('the catalog, filtered and paged', () => {
  it('matches any part of a title, ignoring case and Latin accents, every word required', async () => {
    const { titles } = await setup(['กรุงเทพมหานคร', 'มหาวิทยาลัยเกษตร', 'Café de Flore', 'CAFETERIA', 'ภาษาไทย ๒๕๖๘']);
    expect(titles({ filter: 'มหา' })).toEqual(['กรุงเทพมหานคร', 'มหาวิทยาลัยเกษตร']);
    expect(titles({ filter: 'เทพมหา' })).toEqual(['กรุงเทพมหานคร']);
    expect(titles({ filter: 'cafe' })).toEqual(['Café de Flore', 'CAFETERIA']);
    expect(titles({ filter: 'flore CAFÉ' })).toEqual(['Café de Flore']);
    expect(titles({ filter: '2568' })).toEqual(['ภาษาไทย ๒๕๖๘']);
    expect(titles({ filter: '   ' })).toHaveLength(6);
    expect(titles({ filter: 'ไม่มีชื่อนี้' })).toEqual([]);
  });

  it('pages through the sorted, filtered list: total counts what the filter lets through, libraryTotal everything', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `เรื่องที่${String(i).padStart(2, '0')}`);
    const { browse } = await setup(names);
    const page = browse({ filter: 'ที่1', offset: 3, limit: 4 });
    expect(page.articles.map((entry) => entry.title)).toEqual(['เรื่องที่13', 'เรื่องที่14', 'เรื่องที่15', 'เรื่องที่16']);
    expect(page.total).toBe(10);
    expect(page.libraryTotal).toBe(31);
    expect(browse({ filter: 'ที่1', offset: 8, limit: 4 }).articles.map((entry) => entry.title)).toEqual(['เรื่องที่18', 'เรื่องที่19']);
    expect(browse({ offset: 500 }).articles).toEqual([]);
  });

  it('answers each article with its summary, and how far and when it was read', async () => {
    const { db, browse } = await setup(['อ่านแล้ว', 'ยังไม่อ่าน']);
    const positions = createReadingPositionStore(db, () => new Date('2026-03-01T00:00:00.000Z'));
    // Lead + 2 sections: the second section ("s1") is part 2 of 3; half-way through it is (2 + 0.5) / 3.
    await positions.set({ articleId: 'อ่านแล้ว', sectionId: 's1', progress: 0.5 });
    const listed = browse({}).articles;
    expect(listed.find((entry) => entry.id === 'อ่านแล้ว')).toEqual({
      id: 'อ่านแล้ว',
      title: 'อ่านแล้ว',
      lang: 'th',
      sectionCount: 2,
      source: 'text',
      size: expect.any(Number) as number,
      addedAt: '2026-01-01T00:00:01.000Z',
      readProgress: 2.5 / 3,
      readAt: '2026-03-01T00:00:00.000Z',
    });
    expect(listed.find((entry) => entry.id === 'ยังไม่อ่าน')).toMatchObject({ title: 'ยังไม่อ่าน', readProgress: null, readAt: null });
  });
});

describe('the catalog, as the library changes', () => {
  it('stays in step after articles are added and removed', async () => {
    const { library, titles } = await setup(['ข', 'ฉ']);
    expect(titles()).toEqual(['ข', 'ฉ', sampleArticle.title]);
    await library.add(article('จ'));
    await library.add(article('ก'));
    await library.remove('ฉ');
    expect(titles()).toEqual(['ก', 'ข', 'จ', sampleArticle.title]);
    expect(titles({ sort: 'added' })).toEqual(['ก', 'จ', 'ข', sampleArticle.title]);
    expect(titles({ filter: 'จ' })).toEqual(['จ']);
  });

  it('takes in an import batch that names none of its articles (more: true)', async () => {
    const { db, library, titles } = await setup(['ข']);
    expect(titles()).toEqual(['ข', sampleArticle.title]);
    // The import worker writes the rows itself, then the library tells of them in batches.
    const rows = new ArticleRows(db);
    inTransaction(db, () => ['ก', 'ค'].forEach((title) => rows.write(article(title), { source: 'dump', origin: 'x.xml', now: new Date() })));
    library.announce({ added: [], removed: [], more: true });
    expect(titles()).toEqual(['ก', 'ข', 'ค', sampleArticle.title]);
  });

  it('builds its orders again when a change it was told of missed rows', async () => {
    const { db, library, titles } = await setup(['ข']);
    titles();
    const rows = new ArticleRows(db);
    inTransaction(db, () => rows.write(article('ก'), { source: 'dump', origin: 'x.xml', now: new Date() }));
    // Not told of it: an update of the sample article only.
    library.announce({ added: [sampleArticle.id], removed: [], more: false });
    expect(titles()).toEqual(['ก', 'ข', sampleArticle.title]);
  });
});

describe('how far an article was read', () => {
  it('counts the lead and each section as one part', () => {
    expect(readProgress({ sectionId: 'lead', progress: 0 }, 0, true, 3)).toBe(0);
    expect(readProgress({ sectionId: 'lead', progress: 0.5 }, 0, true, 3)).toBe(0.125);
    // With a lead, the first section is stored second (ord 1) and is part 1.
    expect(readProgress({ sectionId: 'a', progress: 0.5 }, 1, true, 3)).toBe(0.375);
    // Without one, it is stored first (ord 0) but is still part 1: the parts count from the lead's place.
    expect(readProgress({ sectionId: 'a', progress: 0.5 }, 0, false, 3)).toBe(0.375);
    expect(readProgress({ sectionId: 'c', progress: 1 }, 3, true, 3)).toBe(1);
  });

  it('counts a place in a section the article no longer has as its start', () => {
    expect(readProgress({ sectionId: 'gone', progress: 0.9 }, null, true, 3)).toBe(0);
  });
});

describe('the filter over titles in other scripts', () => {
  it('matches characters outside Thai and ASCII exactly, not by what stands for them', async () => {
    const { titles } = await setup(['Москва', 'Минск', '東京都', '京都', 'Ελλάδα']);
    expect(titles({ filter: 'москва' })).toEqual(['Москва']);
    expect(titles({ filter: 'инск' })).toEqual(['Минск']);
    expect(titles({ filter: '京都' })).toEqual(['京都', '東京都']);
    expect(titles({ filter: 'ελλαδα' })).toEqual(['Ελλάδα']);
    expect(titles({ filter: 'xyz' })).toEqual([]);
  });
});
