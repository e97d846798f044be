/**
 * Full-text search over every section of the library, answered from the
 * database's indexes (indexText.ts) without loading them.
 *
 * Candidates come in library order: the sections holding every trigram of
 * the terms of 3+ characters (section_grams), or, when there are none, every
 * pair of the 2-character ones (section_pairs). Each candidate is verified
 * against its folded text, paragraph by paragraph, so a hit always contains
 * every term as typed.
 *
 * Ranking every match is what costs (the search issue measured 1.2 s for bm25
 * over a common term at 100,000 articles), so matches are ranked a window at
 * a time: the first `windowSize` in library order by tier (heading, whole
 * words, infix), then the next window, and so on. The count stops there too:
 * past one window it is "more than N".
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { fold, foldsToItselfOnly, hazardsFor } from '../fold.js';
import type { QueryTerm } from '../query.js';
import { pairToken } from './indexText.js';
import { tierOf, type FoldedSection, type QueryWords, type Tier } from './tiers.js';

/** Matches ranked together, and counted before the count says "more than". */
export const windowSize = 500;

export interface SectionSearchOptions {
  /** The window; the bench (npm run bench) weighs other sizes against the default. */
  readonly windowSize?: number;
}

export interface SectionRow {
  readonly rowid: number;
  readonly article: number;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly sectionId: string;
  readonly heading: string;
  /** Paragraphs, one per line. */
  readonly text: string;
}

export interface RankedSection {
  readonly row: SectionRow;
  readonly tier: Tier;
}

export interface SectionPage {
  /** Best first: `offset` to `offset + limit` of the ranked matches. */
  readonly sections: readonly RankedSection[];
  /** Sections and articles counted: all of them when `exact`, else a lower bound. */
  readonly total: number;
  readonly articles: number;
  readonly exact: boolean;
}

export interface SectionQuery {
  readonly terms: readonly QueryTerm[];
  readonly words: QueryWords;
  readonly offset: number;
  readonly limit: number;
  /** Asked between candidates: true stops the search (a newer query came). */
  readonly cancelled?: () => boolean;
}

/** The query was cancelled by a newer one. */
export class SearchCancelled extends Error {
  constructor() {
    super('the search was cancelled by a newer one');
  }
}

const columns = `s.rowid AS rowid, s.article AS article, a.id AS articleId, a.title AS articleTitle, s.id AS sectionId, s.heading AS heading, s.text AS text`;

type IndexName = 'section_grams' | 'section_pairs';

/**
 * Candidates from one index, in library order. A needle whose characters fold
 * to themselves is looked for in the stored text first, in SQL: reading a
 * section into JavaScript costs more than the check (measured: 13 µs a row),
 * and most candidates are not hits (a term's trigrams can all be there, apart).
 * A section holding a fold hazard (fold.ts) is passed on, to be folded.
 */
function candidateSql(index: IndexName, plainNeedles: number): string {
  const prefilter = Array.from(
    { length: plainNeedles },
    () => '(instr(s.text, ?) > 0 OR instr(s.heading, ?) > 0 OR s.hazards & ? != 0)',
  );
  return `SELECT ${columns} FROM ${index} AS i JOIN sections AS s ON s.rowid = i.rowid JOIN articles AS a ON a.rowid = s.article
          WHERE ${[`${index} MATCH ?`, ...prefilter].join(' AND ')} ORDER BY i.rowid`;
}

/** An FTS5 query that ANDs the given tokens, each quoted. */
function allOf(tokens: Iterable<string>): string {
  return [...new Set(tokens)].map((token) => `"${token.replaceAll('"', '""')}"`).join(' AND ');
}

function trigramsOf(needle: string): string[] {
  const chars = Array.from(needle);
  return Array.from({ length: chars.length - 2 }, (_, i) => chars.slice(i, i + 3).join(''));
}

export class SectionSearch {
  private readonly statements = new Map<string, StatementSync>();
  private readonly windowSize: number;

  constructor(
    private readonly db: DatabaseSync,
    options: SectionSearchOptions = {},
  ) {
    this.windowSize = options.windowSize ?? windowSize;
  }

  search({ terms, words, offset, limit, cancelled = () => false }: SectionQuery): SectionPage {
    const candidates = this.candidates(terms);
    const ranked: RankedSection[] = [];
    const articles = new Set<number>();
    let window: RankedSection[] = [];
    let exact = true;
    const flush = () => {
      window.sort((a, b) => b.tier - a.tier || a.row.rowid - b.row.rowid);
      ranked.push(...window);
      window = [];
    };
    let seen = 0;
    for (const row of candidates) {
      if (++seen % 64 === 0 && cancelled()) throw new SearchCancelled();
      const section = foldSection(row);
      if (!containsEveryTerm(section, terms)) continue;
      // The window is full and the page is in it: this match only says there are more.
      if (ranked.length >= offset + limit && window.length === 0) {
        exact = false;
        break;
      }
      window.push({ row, tier: tierOf(section, words) });
      articles.add(row.article);
      if (window.length === this.windowSize) flush();
    }
    flush();
    return { sections: ranked.slice(offset, offset + limit), total: ranked.length, articles: articles.size, exact };
  }

  /**
   * Sections that may hold every term, in library order, read one at a time.
   * Terms of 3+ characters choose them by trigrams; only when there are none,
   * 2-character terms by pairs. (Joining both indexes was slower than
   * verifying the pairs: a common pair's list is most of the library.)
   */
  private candidates(terms: readonly QueryTerm[]): Iterable<SectionRow> {
    const grams = terms.filter((term) => Array.from(term.needle).length >= 3).flatMap((term) => trigramsOf(term.needle));
    const pairs = terms.filter((term) => Array.from(term.needle).length === 2).map((term) => pairToken(term.needle));
    // A query of single characters only would match nearly everything: titles answer it (titleSearch.ts).
    if (grams.length === 0 && pairs.length === 0) return [];
    const index: IndexName = grams.length > 0 ? 'section_grams' : 'section_pairs';
    const plain = terms.map((term) => term.needle).filter(foldsToItselfOnly);
    const prefilter = plain.flatMap((needle) => [needle, needle, hazardsFor(needle)]);
    return this.statement(index, plain.length).iterate(allOf(grams.length > 0 ? grams : pairs), ...prefilter) as Iterable<SectionRow>;
  }

  private statement(index: IndexName, plainNeedles: number): StatementSync {
    const key = `${index} ${plainNeedles}`;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(candidateSql(index, plainNeedles));
      this.statements.set(key, statement);
    }
    return statement;
  }
}

export function foldSection(row: Pick<SectionRow, 'heading' | 'text'>): FoldedSection {
  return { heading: fold(row.heading), body: row.text.split('\n').map(fold).join('\n') };
}

/** Every term in the heading or in one paragraph (a needle has no line break, so it cannot span two). */
function containsEveryTerm(section: FoldedSection, terms: readonly QueryTerm[]): boolean {
  return terms.every((term) => section.heading.includes(term.needle) || section.body.includes(term.needle));
}
