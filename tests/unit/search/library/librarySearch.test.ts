/**
 * The library's search against a brute-force scan of a generated library of
 * a few hundred articles: every substring finds its section, the counts and
 * the ranking are the scan's, and adding, updating and removing articles
 * keeps the indexes equal to the text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../common/article.js';
import { inTransaction } from '../../../../main/db/open.js';
import { ArticleRows } from '../../../../main/library/articleRows.js';
import { parseQuery } from '../../../../main/search/query.js';
import { countLimit, SearchCancelled, SectionSearch, windowSize } from '../../../../main/search/library/sectionSearch.js';
import { createSearchEngine, queryWords } from '../../../../main/search/searchEngine.js';
import { fold } from '../../../../common/fold.js';
import { allSections, bruteForce, foldedSections, generatedLibrary, randomQuery, seeded, type FoldedRow, type GeneratedLibrary } from './generatedLibrary.js';

const everything = 1_000_000;
// Each query here is also answered by scanning every section: seconds, not milliseconds.
const slow = { timeout: 60_000 };
let world: GeneratedLibrary;

beforeAll(async () => {
  world = await generatedLibrary(300, 11);
}, 60_000);

/** All ranked matches, as the engine pages them. */
function ranked(world: GeneratedLibrary, query: string) {
  const terms = parseQuery(query);
  return new SectionSearch(world.db).search({ terms, words: queryWords(terms), offset: 0, limit: everything });
}

/** The same, next to the scan's (over `sections`, the library's sections folded). */
function bothWays(world: GeneratedLibrary, query: string, sections: readonly FoldedRow[]) {
  const terms = parseQuery(query);
  return { page: ranked(world, query), truth: bruteForce(sections, terms, queryWords(terms)) };
}

const keyOf = ({ row }: { row: { articleId: string; sectionId: string } }) => `${row.articleId}#${row.sectionId}`;

describe('the library search against a scan', () => {
  it('finds the section of any substring of 2–8 characters, one or two terms', slow, () => {
    const random = seeded(1);
    const sections = allSections(world.db);
    for (let i = 0; i < 150; i++) {
      const { query, row } = randomQuery(random, sections);
      const page = ranked(world, query);
      expect(page.sections.map(({ row: hit }) => hit.rowid), query).toContain(row.rowid);
    }
  });

  it('ranks and counts exactly as the scan does: tiers within windows of library order', slow, () => {
    const random = seeded(2);
    const sections = allSections(world.db);
    const folded = foldedSections(world.db);
    let windowsPassed = 0;
    for (let i = 0; i < 100; i++) {
      const { query } = randomQuery(random, sections, 4);
      const { page, truth } = bothWays(world, query, folded);
      expect(page.sections.map(keyOf), query).toEqual(truth.map(keyOf));
      expect(page.sections.map(({ tier }) => tier), query).toEqual(truth.map(({ tier }) => tier));
      expect([page.total, page.exact], query).toEqual([truth.length, true]);
      expect(page.articles, query).toBe(new Set(truth.map(({ row }) => row.article)).size);
      if (truth.length > windowSize) windowsPassed++;
    }
    // Two-character terms reach past one window here, so the windows are tested too.
    expect(windowsPassed).toBeGreaterThan(0);
  });

  it('answers the top k of the ranking, and says "more than" past the count limit', slow, () => {
    const engine = createSearchEngine(world.db);
    const random = seeded(3);
    const sections = allSections(world.db);
    const folded = foldedSections(world.db);
    for (let i = 0; i < 60; i++) {
      const { query } = randomQuery(random, sections, 3);
      const { truth } = bothWays(world, query, folded);
      const results = engine.search(query, { limit: 20 });
      expect(results.hits.map((hit) => `${hit.articleId}#${hit.sectionId}`), query).toEqual(truth.slice(0, 20).map(keyOf));
      if (truth.length > countLimit) expect([results.total, results.exact], query).toEqual([countLimit, false]);
      else expect([results.total, results.exact], query).toEqual([truth.length, true]);
    }
  });

  it('pages on with an offset, through the windows, without repeating a hit', slow, () => {
    const engine = createSearchEngine(world.db);
    const { truth } = bothWays(world, 'าร', foldedSections(world.db));
    expect(truth.length).toBeGreaterThan(windowSize + 100);
    const pages = [0, 100, 200, 300, 400, 500].map((offset) => engine.search('าร', { limit: 100, offset }).hits);
    expect(pages.flat().map((hit) => `${hit.articleId}#${hit.sectionId}`)).toEqual(truth.slice(0, 600).map(keyOf));
  });

  it('gives every hit its matches and an excerpt around the first, in the stored text', () => {
    const engine = createSearchEngine(world.db);
    const { hits } = engine.search('ความ', { limit: 50 });
    expect(hits.length).toBe(50);
    for (const hit of hits) {
      expect(hit.matches.length).toBeGreaterThan(0);
      expect(fold(hit.excerpt.match)).toContain('ความ');
    }
  });

  it('stops with SearchCancelled when asked to between candidates', () => {
    const terms = parseQuery('าร');
    expect(() => new SectionSearch(world.db).search({ terms, words: queryWords(terms), offset: 0, limit: 20, cancelled: () => true })).toThrow(SearchCancelled);
  });

  it('answers a query of single characters with titles only: every section would match', () => {
    const results = createSearchEngine(world.db).search('ก', { limit: 20 });
    expect([results.hits, results.total]).toEqual([[], 0]);
  });
});

describe('titles first', () => {
  it('lists the article a whole title names first, and finds any part of a title', slow, () => {
    const engine = createSearchEngine(world.db);
    for (const article of world.articles.slice(0, 40)) {
      expect(engine.search(article.title, {}).titles[0], article.title).toEqual({ articleId: article.id, title: article.title });
      const part = Array.from(fold(article.title)).slice(1, 4).join('');
      if (!part.includes(' ')) expect(engine.search(part, {}).titles.length, part).toBeGreaterThan(0);
    }
  });

  it('finds an article by a redirect title, saying which', () => {
    const [target] = world.articles as [Article];
    inTransaction(world.db, () => new ArticleRows(world.db).addAlias('ชื่อเรียกอื่นทดสอบ', target.title));
    expect(createSearchEngine(world.db).search('เรียกอื่น', {}).titles).toEqual([{ articleId: target.id, title: target.title, alias: 'ชื่อเรียกอื่นทดสอบ' }]);
  });

  it('answers no titles on later pages', () => {
    const [article] = world.articles as [Article];
    expect(createSearchEngine(world.db).search(article.title, { offset: 20 }).titles).toEqual([]);
  });
});

describe('the indexes follow the library', () => {
  it('stay equal to the text through removals, updates and additions', slow, async () => {
    const changing = await generatedLibrary(120, 21);
    const random = seeded(4);
    for (const article of changing.articles.filter((_, i) => i % 5 === 0)) await changing.library.remove(article.id);
    for (const article of changing.articles.filter((_, i) => i % 7 === 1)) {
      await changing.library.add({ ...article, sections: article.sections.slice(1), lead: [{ runs: [{ text: 'ข้อความใหม่แทนของเดิม' }] }] });
    }
    for (const article of (await generatedLibrary(20, 22)).articles) await changing.library.add({ ...article, id: `new-${article.id}`, title: `ใหม่ ${article.title}` });
    for (const index of ['section_grams', 'section_pairs', 'title_grams', 'alias_grams']) {
      expect(() => changing.db.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`), index).not.toThrow();
    }
    const sections = allSections(changing.db);
    const folded = foldedSections(changing.db);
    for (let i = 0; i < 120; i++) {
      const { query } = randomQuery(random, sections, 5);
      const { page, truth } = bothWays(changing, query, folded);
      expect(page.sections.map(keyOf), query).toEqual(truth.map(keyOf));
    }
    // Each updated article (re-added, if it had been removed) holds the new text once.
    expect(ranked(changing, 'ข้อความใหม่แทน').total).toBe(changing.articles.filter((_, i) => i % 7 === 1).length);
    const removed = changing.articles[0] as Article;
    expect(createSearchEngine(changing.db).search(removed.title, {}).titles.map((t) => t.articleId)).not.toContain(removed.id);
  });
});
