/** Reads what the query mix is drawn from out of a library database: sections, titles and redirect titles picked by a seeded draw. */
import type { DatabaseSync } from 'node:sqlite';
import { mulberry32, randomInt, type Random } from '../random.js';
import { sectionKey } from '../sections.js';
import type { QuerySource } from './queries.js';

/** Sections read: enough for the mix to tell common words from rare ones and to vary. */
const sampledSections = 2000;
const sampledTitles = 1000;

/** Rows picked at random rowids (the next row when one is missing), in the order drawn. */
function pickRows<T>(db: DatabaseSync, random: Random, table: string, columns: string, count: number): T[] {
  const { low, high } = db.prepare(`SELECT min(rowid) AS low, max(rowid) AS high FROM ${table}`).get() as { low: number | null; high: number | null };
  if (low === null || high === null) return [];
  const next = db.prepare(`SELECT ${columns} FROM ${table} AS t WHERE t.rowid >= ? ORDER BY t.rowid LIMIT 1`);
  return Array.from({ length: count }, () => next.get(randomInt(random, low, high)) as T | undefined).filter((row) => row !== undefined);
}

export function readQuerySource(db: DatabaseSync, seed: number): QuerySource {
  const random = mulberry32(seed);
  const sections = pickRows<{ articleId: string; sectionId: string; heading: string; text: string }>(
    db,
    random,
    'sections',
    't.id AS sectionId, t.heading AS heading, t.text AS text, (SELECT id FROM articles WHERE rowid = t.article) AS articleId',
    sampledSections,
  ).map((row) => ({ key: sectionKey(row.articleId, row.sectionId), heading: row.heading, paragraphs: row.text === '' ? [] : row.text.split('\n') }));
  const titles = pickRows<{ title: string }>(db, random, 'articles', 't.title AS title', sampledTitles).map((row) => row.title);
  const redirects = pickRows<{ title: string }>(db, random, 'aliases', 't.title AS title', sampledTitles).map((row) => row.title);
  return { sections, titles, redirects };
}
