/**
 * Articles a query names: every term is in the article's folded title, or in
 * one of its other titles (redirects). They are listed before the text hits,
 * so that typing part of a title opens its article directly.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { TitleMatch } from '../../../common/search.js';
import type { QueryTerm } from '../query.js';

/** Title matches answered at most. */
export const maxTitleMatches = 8;
/** Title matches ranked: the first ones in library order (a 2-character term scans every title). */
const candidates = 200;

interface TitleRow {
  readonly articleId: string;
  readonly title: string;
  readonly alias: string | null;
  readonly folded: string;
  readonly rowid: number;
}

// A folded term holds no % or _ (fold.ts makes them spaces), so it needs no ESCAPE,
// which would turn the trigram index's LIKE into a scan.
function titleSql(terms: number): string {
  const like = (column: string) => Array.from({ length: terms }, () => `${column} LIKE ?`).join(' AND ');
  return `SELECT * FROM (
            SELECT a.id AS articleId, a.title AS title, NULL AS alias, t.folded AS folded, a.rowid AS rowid
            FROM title_grams AS t JOIN articles AS a ON a.rowid = t.rowid WHERE ${like('t.folded')} LIMIT ${candidates})
          UNION ALL
          SELECT * FROM (
            SELECT a.id, a.title, al.title, g.folded, a.rowid
            FROM alias_grams AS g JOIN aliases AS al ON al.rowid = g.rowid JOIN articles AS a ON a.title_key = al.target_key
            WHERE ${like('g.folded')} LIMIT ${candidates})`;
}

export class TitleSearch {
  private readonly statements = new Map<number, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  /** Best first: the whole query as the title, then titles it starts, then shorter titles, then library order. */
  search(terms: readonly QueryTerm[]): TitleMatch[] {
    if (terms.length === 0) return [];
    const patterns = terms.map((term) => `%${term.needle}%`);
    const rows = this.statement(terms.length).all(...patterns, ...patterns) as unknown as TitleRow[];
    const whole = terms.map((term) => term.text).join(' ');
    const rank = (row: TitleRow) => (row.folded === whole ? 0 : row.folded.startsWith(whole) ? 1 : 2);
    rows.sort((a, b) => rank(a) - rank(b) || a.folded.length - b.folded.length || a.rowid - b.rowid || Number(a.alias !== null) - Number(b.alias !== null));
    const seen = new Set<string>();
    const matches: TitleMatch[] = [];
    for (const row of rows) {
      if (seen.has(row.articleId)) continue;
      seen.add(row.articleId);
      matches.push(row.alias === null ? { articleId: row.articleId, title: row.title } : { articleId: row.articleId, title: row.title, alias: row.alias });
      if (matches.length === maxTitleMatches) break;
    }
    return matches;
  }

  private statement(terms: number): StatementSync {
    let statement = this.statements.get(terms);
    if (!statement) {
      statement = this.db.prepare(titleSql(terms));
      this.statements.set(terms, statement);
    }
    return statement;
  }
}
