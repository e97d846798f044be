/**
 * A generated library of a few hundred articles in a database of its own
 * (in memory), and a brute-force search over it — every section folded and
 * checked, with no index — that the library's search must agree with.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '../../../../common/article.js';
import { generateLibrary } from '../../../../scripts/bench/corpus.js';
import { mulberry32, randomInt, type Random } from '../../../../scripts/bench/random.js';
import { openDatabase } from '../../../../main/db/open.js';
import { createLibrary, type Library } from '../../../../main/library/library.js';
import { fold } from '../../../../common/fold.js';
import type { QueryTerm } from '../../../../main/search/query.js';
import { foldSection, windowSize, type SectionRow } from '../../../../main/search/library/sectionSearch.js';
import { tierOf, type FoldedSection, type QueryWords, type Tier } from '../../../../main/search/library/tiers.js';

export interface GeneratedLibrary {
  readonly db: DatabaseSync;
  readonly library: Library;
  readonly articles: readonly Article[];
}

export async function generatedLibrary(count: number, seed: number): Promise<GeneratedLibrary> {
  const db = openDatabase({ file: ':memory:' });
  const library = createLibrary({ db });
  const articles = generateLibrary(count, seed);
  for (const article of articles) await library.add(article);
  return { db, library, articles };
}

export interface FoldedRow {
  readonly row: SectionRow;
  readonly folded: FoldedSection;
}

/** Every section of the library in library order, folded once for the scans of many queries. */
export function foldedSections(db: DatabaseSync): FoldedRow[] {
  return allSections(db).map((row) => ({ row, folded: foldSection(row) }));
}

export function allSections(db: DatabaseSync): SectionRow[] {
  return db
    .prepare(
      `SELECT s.rowid AS rowid, s.article AS article, a.id AS articleId, a.title AS articleTitle, s.id AS sectionId, s.heading AS heading, s.text AS text
       FROM sections AS s JOIN articles AS a ON a.rowid = s.article ORDER BY s.rowid`,
    )
    .all() as unknown as SectionRow[];
}

/**
 * Every section holding every term, ranked as the library's search ranks:
 * windows of `windowSize` matches in library order, each by tier, then order.
 */
export function bruteForce(sections: readonly FoldedRow[], terms: readonly QueryTerm[], words: QueryWords): { row: SectionRow; tier: Tier }[] {
  const matches = sections
    .filter(({ folded }) => terms.every((term) => folded.heading.includes(term.needle) || folded.body.includes(term.needle)))
    .map(({ row, folded }) => ({ row, tier: tierOf(folded, words) }));
  const ranked: { row: SectionRow; tier: Tier }[] = [];
  for (let start = 0; start < matches.length; start += windowSize) {
    ranked.push(...matches.slice(start, start + windowSize).sort((a, b) => b.tier - a.tier || a.row.rowid - b.row.rowid));
  }
  return ranked;
}

/** A substring of 2–`maxLength` characters of a random section's folded text, as a query; sometimes two, as two terms. */
export function randomQuery(random: Random, sections: readonly SectionRow[], maxLength = 8): { query: string; row: SectionRow } {
  const row = sections[randomInt(random, 0, sections.length - 1)] as SectionRow;
  const chars = Array.from(fold(`${row.heading} ${row.text}`));
  const piece = () => {
    for (;;) {
      const length = randomInt(random, 2, maxLength);
      const start = randomInt(random, 0, Math.max(0, chars.length - length));
      const text = chars.slice(start, start + length).join('').trim();
      if (Array.from(text).length >= 2 && !text.includes(' ')) return text;
    }
  };
  return { query: random() < 0.25 ? `${piece()} ${piece()}` : piece(), row };
}

export const seeded = (seed: number) => mulberry32(seed);
