/**
 * Quick open: the articles whose title, or one of whose other titles
 * (redirects), holds every term of a query. The ones read lately come first,
 * the last read first; then the rest by the title ranking of the library
 * search (titleSearch.ts): the whole query as the title, then titles it
 * starts, then shorter titles, then library order — here over every match,
 * not the first few hundred, since this list is all quick open shows. An
 * article ranks by the better of its title and its redirects, and names the
 * redirect only when its own title does not hold the query.
 *
 * Terms of 3 characters or more are looked up in the trigram indexes; a
 * shorter one scans the titles (about 30 ms at 170,000 articles, in the
 * search worker: scripts/bench/quickOpen.ts).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { defaultFoundArticles, type FoundArticle } from '../../../common/find.js';
import { limits } from '../../../common/limits.js';
import { parseQuery, type QueryTerm } from '../query.js';

/** How far back "read lately" reaches: the articles read last, this many. Each costs a few lookups per query. */
export const recentReach = 500;

interface FoundRow {
  readonly articleId: string;
  readonly title: string;
  /** Null when the article's own title holds the query. */
  readonly alias: string | null;
  readonly readAt?: string;
}

// A folded term holds no % or _ (fold.ts makes them spaces), so LIKE needs no ESCAPE (which would
// keep the trigram index from answering it). `+column` keeps a LIKE from being handed to the index
// where the row is already chosen by rowid (a trigram lookup per row would cost more than the check).
const allLike = (column: string, terms: number) => Array.from({ length: terms }, (_, i) => `${column} LIKE $t${i}`).join(' AND ');

/** 0: the whole query is the title; 1: the title starts with it; 2: holds it elsewhere. Then the length. */
const rankKey = (column: string) =>
  `(CASE WHEN ${column} = $whole THEN 0 WHEN substr(${column}, 1, length($whole)) = $whole THEN 1 ELSE 2 END) * 100000 + length(${column})`;

/** The articles read last, from the index on read_at; `a.rowid` comes from the index on id, not the row. */
const recentSql = `(SELECT article_id, read_at, seq FROM reading_positions ORDER BY read_at DESC, seq DESC LIMIT ${recentReach}) AS p
                   CROSS JOIN articles AS a ON a.id = p.article_id`;

const readSql = `SELECT a.id AS articleId, a.title AS title, NULL AS alias, p.read_at AS readAt FROM ${recentSql}
                 ORDER BY p.read_at DESC, p.seq DESC LIMIT $limit`;

/** Read articles that a query names by title or by a redirect (its best one), the last read first. */
function readMatchesSql(terms: number): string {
  const byTitle = allLike('+t.folded', terms);
  return `SELECT articleId, title, alias, readAt FROM (
            SELECT a.id AS articleId, a.title AS title, p.read_at AS readAt, p.read_at AS at, p.seq AS seq,
              CASE WHEN ${byTitle} THEN NULL ELSE (
                SELECT al.title FROM aliases AS al CROSS JOIN alias_grams AS g ON g.rowid = al.rowid
                WHERE al.target_key = a.title_key AND ${allLike('+g.folded', terms)} ORDER BY ${rankKey('g.folded')}, al.rowid LIMIT 1) END AS alias,
              ${byTitle} AS byTitle
            FROM ${recentSql} CROSS JOIN title_grams AS t ON t.rowid = a.rowid)
          WHERE byTitle OR alias IS NOT NULL
          ORDER BY at DESC, seq DESC LIMIT $limit`;
}

/**
 * Every article a query names, best first: one row by its own title and one
 * by its best redirect, so the first 2 × limit rows hold the first `limit`
 * articles. Ranked on the indexes alone; only the rows answered read their
 * article (whose row holds its body).
 */
function rankedSql(terms: number): string {
  return `SELECT a.id AS articleId, a.title AS title,
            CASE WHEN r.alias IS NULL OR (SELECT ${allLike('+t.folded', terms)} FROM title_grams AS t WHERE t.rowid = r.rowid) THEN NULL ELSE r.alias END AS alias
          FROM (
            SELECT * FROM (
              SELECT t.rowid AS rowid, NULL AS alias, ${rankKey('t.folded')} AS key
              FROM title_grams AS t WHERE ${allLike('t.folded', terms)} ORDER BY key, rowid LIMIT $rows)
            UNION ALL
            SELECT * FROM (
              SELECT rowid, alias, key FROM (
                SELECT target.rowid AS rowid, al.title AS alias, ${rankKey('g.folded')} AS key,
                  row_number() OVER (PARTITION BY target.rowid ORDER BY ${rankKey('g.folded')}, al.rowid) AS nth
                FROM alias_grams AS g JOIN aliases AS al ON al.rowid = g.rowid JOIN articles AS target ON target.title_key = al.target_key
                WHERE ${allLike('g.folded', terms)})
              WHERE nth = 1 ORDER BY key, rowid LIMIT $rows)
          ) AS r CROSS JOIN articles AS a ON a.rowid = r.rowid
          ORDER BY r.key, r.rowid, r.alias IS NOT NULL LIMIT $rows`;
}

export class ArticleFinder {
  private readonly statements = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  /**
   * At most `limit` articles (1..limits.foundArticles) for `query`. A blank
   * query lists the articles read last; one with nothing to look for (only
   * separators, such as "%") finds none.
   */
  find(query: string, limit = defaultFoundArticles): FoundArticle[] {
    const wanted = Math.max(1, Math.min(Math.trunc(limit) || 1, limits.foundArticles));
    if (query.trim() === '') return this.rows('read', () => readSql, { limit: wanted }).map(shown);
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const params = termParams(terms);
    const read = this.rows(`read:${terms.length}`, () => readMatchesSql(terms.length), { ...params, limit: wanted });
    const found = read.map(shown);
    if (found.length === wanted) return found;
    const taken = new Set(read.map((row) => row.articleId));
    for (const row of this.rows(`ranked:${terms.length}`, () => rankedSql(terms.length), { ...params, rows: 2 * wanted })) {
      if (taken.has(row.articleId)) continue;
      taken.add(row.articleId);
      found.push(shown(row));
      if (found.length === wanted) break;
    }
    return found;
  }

  private rows(key: string, sql: () => string, params: Record<string, string | number>): FoundRow[] {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement.all(params) as unknown as FoundRow[];
  }
}

function termParams(terms: readonly QueryTerm[]): Record<string, string> {
  const whole = terms.map((term) => term.text).join(' ');
  return { whole, ...Object.fromEntries(terms.map((term, i) => [`t${i}`, `%${term.needle}%`])) };
}

function shown({ articleId, title, alias, readAt }: FoundRow): FoundArticle {
  return { articleId, title, ...(alias === null ? {} : { alias }), ...(readAt === undefined ? {} : { readAt }) };
}
