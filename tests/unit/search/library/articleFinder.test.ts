/**
 * Quick open's finder over small libraries written here, and against a
 * brute-force scan of a generated library of a few hundred articles with
 * redirects and reading positions.
 */
import type { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../common/article.js';
import { defaultFoundArticles, type FoundArticle } from '../../../../common/find.js';
import { limits } from '../../../../common/limits.js';
import { inTransaction, openDatabase } from '../../../../main/db/open.js';
import { ArticleRows } from '../../../../main/library/articleRows.js';
import { createLibrary, type Library } from '../../../../main/library/library.js';
import { articleIdOfTitle } from '../../../../main/library/title.js';
import { createReadingPositionStore } from '../../../../main/reading/readingPositions.js';
import { fold } from '../../../../common/fold.js';
import { ArticleFinder, recentReach } from '../../../../main/search/library/articleFinder.js';
import { parseQuery } from '../../../../main/search/query.js';
import { generatedLibrary, seeded } from './generatedLibrary.js';
import { randomInt, type Random } from '../../../../scripts/bench/random.js';

function articleTitled(title: string): Article {
  return { id: articleIdOfTitle(title), title, lang: 'th', lead: [{ runs: [{ text: `เนื้อหาของ${title}` }] }], sections: [], hasReferenceList: false };
}

interface Shelf {
  readonly db: DatabaseSync;
  readonly library: Library;
  readonly finder: ArticleFinder;
  /** Marks articles read, one a minute apart, in the order given (the last is the last read). */
  read(...titles: string[]): Promise<void>;
  alias(from: string, to: string): void;
}

async function shelfOf(titles: readonly string[]): Promise<Shelf> {
  const db = openDatabase({ file: ':memory:' });
  const library = createLibrary({ db });
  for (const title of titles) await library.add(articleTitled(title));
  let minute = 0;
  const positions = createReadingPositionStore(db, () => new Date(Date.UTC(2026, 0, 1, 0, minute++)));
  return {
    db,
    library,
    finder: new ArticleFinder(db),
    async read(...read) {
      for (const title of read) await positions.set({ articleId: articleIdOfTitle(title), sectionId: 'lead', progress: 0.5 });
    },
    alias(from, to) {
      inTransaction(db, () => new ArticleRows(db).addAlias(from, to));
    },
  };
}

const titlesOf = (found: readonly FoundArticle[]) => found.map((article) => article.title);

describe('finding articles by any part of a title', () => {
  let shelf: Shelf;
  beforeAll(async () => {
    shelf = await shelfOf(['กรุงเทพมหานคร', 'ประเทศไทย', 'แม่น้ำเจ้าพระยา', 'Bangkok Metropolitan Region', 'สงครามโลกครั้งที่สอง', '100% Pure']);
  });

  it('finds a title by its start, its middle and its end', () => {
    expect(titlesOf(shelf.finder.find('กรุง'))).toEqual(['กรุงเทพมหานคร']);
    expect(titlesOf(shelf.finder.find('เทพมหา'))).toEqual(['กรุงเทพมหานคร']);
    expect(titlesOf(shelf.finder.find('พระยา'))).toEqual(['แม่น้ำเจ้าพระยา']);
  });

  it('takes every term, in any order, and ignores case and Latin accents', () => {
    expect(titlesOf(shelf.finder.find('region bangkok'))).toEqual(['Bangkok Metropolitan Region']);
    expect(titlesOf(shelf.finder.find('MÉTROPOLITAN'))).toEqual(['Bangkok Metropolitan Region']);
    expect(shelf.finder.find('bangkok ไทย')).toEqual([]);
  });

  it('answers ids and titles as stored, with nothing else for an article never read', () => {
    expect(shelf.finder.find('ครั้งที่')).toEqual([{ articleId: 'สงครามโลกครั้งที่สอง', title: 'สงครามโลกครั้งที่สอง' }]);
  });

  it('finds titles by one or two characters', () => {
    expect(titlesOf(shelf.finder.find('ย'))).toEqual(['ประเทศไทย', 'แม่น้ำเจ้าพระยา']);
    expect(titlesOf(shelf.finder.find('ไท'))).toEqual(['ประเทศไทย']);
    expect(titlesOf(shelf.finder.find('re'))).toEqual(['100% Pure', 'Bangkok Metropolitan Region']);
  });

  it('answers odd input instead of failing: LIKE wildcards, quotes, brackets and control characters', () => {
    expect(shelf.finder.find('%')).toEqual([]);
    expect(shelf.finder.find('_')).toEqual([]);
    expect(shelf.finder.find('%%__"\'()[]*\\')).toEqual([]);
    // "%" and "_" are separators, as in the titles: they never match everything.
    expect(titlesOf(shelf.finder.find('100%'))).toEqual(['100% Pure']);
    expect(titlesOf(shelf.finder.find('"กรุงเทพ"'))).toEqual(['กรุงเทพมหานคร']);
    // Inside a term, a separator stays one: "กรุง_เทพ" is "กรุง เทพ", which no title holds.
    expect(shelf.finder.find('กรุง_เทพ')).toEqual([]);
    expect(shelf.finder.find("' OR 1=1 --")).toEqual([]);
    expect(shelf.finder.find('\u0000\u200b\ufeff')).toEqual([]);
    expect(shelf.finder.find('x'.repeat(limits.query))).toEqual([]);
  });

  it('finds nothing that is not there', () => {
    expect(shelf.finder.find('ญี่ปุ่น')).toEqual([]);
  });
});

describe('ranking', () => {
  it('lists the whole query as a title first, then titles it starts, then shorter titles, then library order', async () => {
    const { finder } = await shelfOf(['ภาษาไทยถิ่นเหนือ', 'ผ้าไทย', 'อักษรไทย', 'ไทย', 'ไทยรัฐ', 'ประเทศไทย', 'ไทยศึกษา', 'ชาวไทย']);
    expect(titlesOf(finder.find('ไทย'))).toEqual(['ไทย', 'ไทยรัฐ', 'ไทยศึกษา', 'ผ้าไทย', 'ชาวไทย', 'อักษรไทย', 'ประเทศไทย', 'ภาษาไทยถิ่นเหนือ']);
  });

  it('ranks the whole query of several terms, as typed, like one', async () => {
    const { finder } = await shelfOf(['สงครามเย็น ครั้งที่สอง', 'สงครามโลก ครั้งที่สอง', 'สงครามโลก ครั้งที่สองและสาม']);
    expect(titlesOf(finder.find('สงครามโลก ครั้งที่สอง'))).toEqual(['สงครามโลก ครั้งที่สอง', 'สงครามโลก ครั้งที่สองและสาม']);
  });
});

describe('redirects', () => {
  it('find their target, naming the redirect that matched', async () => {
    const shelf = await shelfOf(['กรุงเทพมหานคร', 'เชียงใหม่']);
    shelf.alias('บางกอก', 'กรุงเทพมหานคร');
    shelf.alias('Krung Thep', 'กรุงเทพมหานคร');
    expect(shelf.finder.find('บางกอก')).toEqual([{ articleId: 'กรุงเทพมหานคร', title: 'กรุงเทพมหานคร', alias: 'บางกอก' }]);
    expect(shelf.finder.find('thep')).toEqual([{ articleId: 'กรุงเทพมหานคร', title: 'กรุงเทพมหานคร', alias: 'Krung Thep' }]);
  });

  it('list an article once, by its own title when that matches too', async () => {
    const shelf = await shelfOf(['กรุงเทพมหานคร']);
    shelf.alias('กรุงเทพ', 'กรุงเทพมหานคร');
    shelf.alias('กรุงเทพฯ', 'กรุงเทพมหานคร');
    expect(shelf.finder.find('กรุง')).toEqual([{ articleId: 'กรุงเทพมหานคร', title: 'กรุงเทพมหานคร' }]);
  });

  it('rank as titles do: a redirect that is the whole query comes before titles that only hold it', async () => {
    const shelf = await shelfOf(['ภาษาอังกฤษแบบบริติช', 'สหราชอาณาจักร']);
    shelf.alias('อังกฤษ', 'สหราชอาณาจักร');
    shelf.alias('ราชอาณาจักรอังกฤษ', 'สหราชอาณาจักร');
    expect(shelf.finder.find('อังกฤษ')).toEqual([
      { articleId: 'สหราชอาณาจักร', title: 'สหราชอาณาจักร', alias: 'อังกฤษ' },
      { articleId: 'ภาษาอังกฤษแบบบริติช', title: 'ภาษาอังกฤษแบบบริติช' },
    ]);
  });

  it('whose target is not in the library find nothing', async () => {
    const shelf = await shelfOf(['เชียงใหม่']);
    shelf.alias('บางกอก', 'กรุงเทพมหานคร');
    expect(shelf.finder.find('บางกอก')).toEqual([]);
  });
});

describe('recently read first', () => {
  const titles = ['ไทย', 'ภาษาไทย', 'ประเทศไทย', 'อาหารไทย', 'มวยไทย'];

  it('lists read articles first, the last read first, each with when it was read; then the rest by rank', async () => {
    const shelf = await shelfOf(titles);
    await shelf.read('อาหารไทย', 'ภาษาไทย');
    expect(shelf.finder.find('ไทย')).toEqual([
      { articleId: 'ภาษาไทย', title: 'ภาษาไทย', readAt: '2026-01-01T00:01:00.000Z' },
      { articleId: 'อาหารไทย', title: 'อาหารไทย', readAt: '2026-01-01T00:00:00.000Z' },
      { articleId: 'ไทย', title: 'ไทย' },
      { articleId: 'มวยไทย', title: 'มวยไทย' },
      { articleId: 'ประเทศไทย', title: 'ประเทศไทย' },
    ]);
    // Reading one again moves it first.
    await shelf.read('อาหารไทย');
    expect(titlesOf(shelf.finder.find('ไทย')).slice(0, 2)).toEqual(['อาหารไทย', 'ภาษาไทย']);
  });

  it('lists only the read articles the query names', async () => {
    const shelf = await shelfOf(titles);
    await shelf.read('มวยไทย', 'ภาษาไทย');
    expect(titlesOf(shelf.finder.find('ภาษา'))).toEqual(['ภาษาไทย']);
  });

  it('finds a read article by a redirect, naming it', async () => {
    const shelf = await shelfOf(titles);
    shelf.alias('Muay Thai', 'มวยไทย');
    await shelf.read('มวยไทย');
    expect(shelf.finder.find('muay')).toEqual([{ articleId: 'มวยไทย', title: 'มวยไทย', alias: 'Muay Thai', readAt: '2026-01-01T00:00:00.000Z' }]);
    expect(shelf.finder.find('มวย')).toEqual([{ articleId: 'มวยไทย', title: 'มวยไทย', readAt: '2026-01-01T00:00:00.000Z' }]);
  });

  it('lists the read articles, the last read first, for a blank query', async () => {
    const shelf = await shelfOf(titles);
    expect(shelf.finder.find('')).toEqual([]);
    await shelf.read('ประเทศไทย', 'ไทย', 'มวยไทย');
    expect(titlesOf(shelf.finder.find(''))).toEqual(['มวยไทย', 'ไทย', 'ประเทศไทย']);
    expect(titlesOf(shelf.finder.find(' \t\n'))).toEqual(['มวยไทย', 'ไทย', 'ประเทศไทย']);
    expect(shelf.finder.find('')[0]).toEqual({ articleId: 'มวยไทย', title: 'มวยไทย', readAt: '2026-01-01T00:02:00.000Z' });
  });

  it('leaves out read articles the library no longer holds', async () => {
    const shelf = await shelfOf(titles);
    await shelf.read('ประเทศไทย', 'มวยไทย');
    await shelf.library.remove('มวยไทย');
    expect(titlesOf(shelf.finder.find(''))).toEqual(['ประเทศไทย']);
    expect(titlesOf(shelf.finder.find('มวย'))).toEqual([]);
  });

  it(`looks back over the ${recentReach} articles read last`, async () => {
    // Titles no query for one finds another: a word of three distinct letters each.
    const letters = (i: number) => [Math.floor(i / 676), Math.floor(i / 26) % 26, i % 26].map((n) => String.fromCharCode(97 + n)).join('');
    const many = Array.from({ length: recentReach + 5 }, (_, i) => `หัวข้อ ${letters(i)}`);
    const shelf = await shelfOf(many);
    await shelf.read(...many);
    expect(shelf.finder.find('', limits.foundArticles)).toHaveLength(limits.foundArticles);
    expect(shelf.finder.find('')[0]).toMatchObject({ title: many.at(-1) });
    // The first five were read before the reach: they are found as unread.
    expect(shelf.finder.find(letters(4))).toEqual([{ articleId: articleIdOfTitle(many[4] as string), title: many[4] }]);
    expect(shelf.finder.find(letters(5))).toEqual([expect.objectContaining({ title: many[5], readAt: expect.any(String) })]);
  });
});

describe('limits', () => {
  const many = Array.from({ length: 130 }, (_, i) => `ดาวเคราะห์ดวงที่ ${i + 1}`);
  let shelf: Shelf;
  beforeAll(async () => {
    shelf = await shelfOf(many);
    await shelf.read(...many.slice(0, 70));
  });

  it(`answers ${defaultFoundArticles} articles unless asked for another number`, () => {
    expect(shelf.finder.find('ดาว')).toHaveLength(defaultFoundArticles);
    expect(shelf.finder.find('ดาว', 3)).toHaveLength(3);
    expect(shelf.finder.find('', 5).map((article) => article.title)).toEqual(many.slice(65, 70).reverse());
  });

  it(`never answers more than ${limits.foundArticles}, nor fewer than 1`, () => {
    expect(shelf.finder.find('ดาว', limits.foundArticles + 50)).toHaveLength(limits.foundArticles);
    expect(shelf.finder.find('ดาว', 0)).toHaveLength(1);
    expect(shelf.finder.find('ดาว', Number.NaN)).toHaveLength(1);
  });

  it('fills what the read articles leave with the rest, each article once', () => {
    const found = shelf.finder.find('ดาว', limits.foundArticles);
    expect(found.slice(0, 70).every((article) => article.readAt !== undefined)).toBe(true);
    expect(found.slice(70).every((article) => article.readAt === undefined)).toBe(true);
    expect(new Set(found.map((article) => article.articleId)).size).toBe(limits.foundArticles);
  });
});

/** The finder's answer, by scanning every title and redirect: read first (last read first), then rank, then library order. */
function bruteForce(db: DatabaseSync, query: string, limit: number): FoundArticle[] {
  const terms = parseQuery(query);
  const articles = db.prepare('SELECT rowid, id, title, title_key AS key FROM articles ORDER BY rowid').all() as unknown as { rowid: number; id: string; title: string; key: string }[];
  const aliases = db.prepare('SELECT title, target_key AS target FROM aliases ORDER BY rowid').all() as unknown as { title: string; target: string }[];
  const read = new Map(
    (db.prepare('SELECT article_id AS id, read_at AS readAt FROM reading_positions ORDER BY read_at DESC, seq DESC LIMIT ?').all(recentReach) as unknown as { id: string; readAt: string }[]).map(
      (row, order) => [row.id, { ...row, order }],
    ),
  );
  const whole = terms.map((term) => term.text).join(' ');
  const holds = (folded: string) => terms.every((term) => folded.includes(term.needle));
  // The rank of a matching name: whole query, then starts with it, then holds it; then its length.
  const rank = (folded: string) => (folded === whole ? 0 : folded.startsWith(whole) ? 1 : 2) * 100_000 + Array.from(folded).length;
  const found = articles.flatMap((article) => {
    const own = fold(article.title);
    const names: { alias?: string; rank: number }[] = holds(own) ? [{ rank: rank(own) }] : [];
    for (const alias of aliases) if (alias.target === article.key && holds(fold(alias.title))) names.push({ alias: alias.title, rank: rank(fold(alias.title)) });
    // Stable: of equal redirects, the first in the library.
    names.sort((a, b) => a.rank - b.rank || Number(a.alias !== undefined) - Number(b.alias !== undefined));
    const best = names[0];
    if (!best) return [];
    // A redirect is named only when the article's own title does not hold the query.
    return [{ article, alias: holds(own) ? undefined : best.alias, rank: best.rank, read: read.get(article.id) }];
  });
  found.sort((a, b) => (a.read?.order ?? Infinity) - (b.read?.order ?? Infinity) || a.rank - b.rank || a.article.rowid - b.article.rowid);
  return found.slice(0, limit).map(({ article, alias, read: readRow }) => ({
    articleId: article.id,
    title: article.title,
    ...(alias === undefined ? {} : { alias }),
    ...(readRow ? { readAt: readRow.readAt } : {}),
  }));
}

/** A piece of 1–6 characters of a random title or redirect, sometimes two pieces as two terms. */
function randomQuery(random: Random, names: readonly string[]): string {
  const piece = () => {
    for (;;) {
      const chars = Array.from(fold(names[randomInt(random, 0, names.length - 1)] as string));
      const length = randomInt(random, 1, 6);
      const start = randomInt(random, 0, Math.max(0, chars.length - length));
      const text = chars.slice(start, start + length).join('').trim();
      if (text !== '' && !text.includes(' ')) return text;
    }
  };
  return random() < 0.2 ? `${piece()} ${piece()}` : piece();
}

describe('against a scan of a generated library', () => {
  it('answers exactly what scanning every title and redirect answers', { timeout: 60_000 }, async () => {
    const world = await generatedLibrary(300, 31);
    const random = seeded(7);
    const rows = new ArticleRows(world.db);
    const titles = world.articles.map((article) => article.title);
    // Redirects of distinct lengths to random articles (equal ones could name either), some to none.
    inTransaction(world.db, () => {
      for (let i = 0; i < 60; i++) rows.addAlias(`ชื่อเดิม${'ก'.repeat(i)} ${titles[randomInt(random, 0, titles.length - 1)] as string}`.slice(0, 200), titles[randomInt(random, 0, titles.length - 1)] as string);
      rows.addAlias('ไม่มีบทความนี้', 'บทความที่ไม่มีอยู่');
    });
    let minute = 0;
    const positions = createReadingPositionStore(world.db, () => new Date(Date.UTC(2026, 0, 1, 0, minute++)));
    for (let i = 0; i < 40; i++) await positions.set({ articleId: (world.articles[randomInt(random, 0, titles.length - 1)] as Article).id, sectionId: 'lead', progress: 0 });
    const names = [...titles, ...(world.db.prepare('SELECT title FROM aliases').all() as unknown as { title: string }[]).map((alias) => alias.title)];
    const finder = new ArticleFinder(world.db);
    for (let i = 0; i < 200; i++) {
      const query = randomQuery(random, names);
      const limit = random() < 0.5 ? defaultFoundArticles : randomInt(random, 1, limits.foundArticles);
      expect(finder.find(query, limit), query).toEqual(bruteForce(world.db, query, limit));
    }
    expect(finder.find('', 10)).toEqual(bruteForce(world.db, '', 10).filter((article) => article.readAt !== undefined));
  });
});
