/**
 * Full-text search over every section of the library, answered from the
 * database's indexes (indexText.ts) without loading them.
 *
 * Candidates come in library order: the sections holding each term of 3+
 * characters as a phrase of its trigrams (section_grams), or, when there are
 * none, every pair of the 2-character ones (section_pairs). Each candidate is
 * verified against its folded text, paragraph by paragraph, so a hit always
 * contains every term as typed.
 *
 * Ranking every match is what costs (the search issue measured 1.2 s for bm25
 * over a common term at 100,000 articles), so matches are ranked a window at
 * a time: the first `windowSize` in library order by tier (heading, whole
 * words, infix), then the next window, and so on. Counting goes on past the
 * page's window, up to `countLimit`: past that it is "more than N".
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { fold, foldsToItselfOnly, hazardsFor, isThai } from '../../../common/fold.js';
import type { QueryTerm } from '../query.js';
import { pairToken } from './indexText.js';
import { inHeadingTier, tier, tierOf, type FoldedSection, type QueryWords, type Tier } from './tiers.js';

/** Matches ranked together (the bench, npm run bench, weighs other sizes). */
export const windowSize = 100;
/** Matches counted before the count says "more than". */
export const countLimit = 1000;

export interface SectionSearchOptions {
  readonly windowSize?: number;
  readonly countLimit?: number;
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

/**
 * A candidate as the index query gives it: what counting needs. Most matches
 * are only counted; the rest of a section is read when it is ranked or shown
 * (its text, the costliest, 13 µs a row, only when it must be).
 */
interface Candidate {
  readonly rowid: number;
  readonly article: number;
  readonly hazards: number;
}

type SectionDetails = Omit<SectionRow, 'rowid' | 'article' | 'text'>;

/** A match in the window being ranked; the rest of its section is read and folded only when needed. */
interface Match {
  readonly candidate: Candidate;
  details?: SectionDetails;
  text?: string;
  folded?: FoldedSection;
}

const columns = `s.rowid AS rowid, s.article AS article, s.hazards AS hazards`;

type IndexName = 'section_grams' | 'section_pairs';

/**
 * Candidates from one index, in library order. A needle whose characters fold
 * to themselves is looked for in the stored text first, in SQL: most
 * candidates are not hits (a term's trigrams can all be there, apart), and
 * the check costs less than reading the text out. A section holding a fold
 * hazard (fold.ts) is passed on, to be folded; one without any is a proven
 * match when every needle is such a needle.
 */
function candidateSql(index: IndexName, plainNeedles: readonly string[]): string {
  // Capitals are not hazards (fold.ts): a Latin needle is looked for in the text lowercased, as fold lowercases it.
  const prefilter = plainNeedles.map((needle) =>
    isThai(needle) ? '(instr(s.text, ?) > 0 OR instr(s.heading, ?) > 0 OR s.hazards & ? != 0)' : '(instr(lower(s.text), ?) > 0 OR instr(lower(s.heading), ?) > 0 OR s.hazards & ? != 0)',
  );
  return `SELECT ${columns} FROM ${index} AS i JOIN sections AS s ON s.rowid = i.rowid
          WHERE ${[`${index} MATCH ?`, ...prefilter].join(' AND ')} ORDER BY i.rowid`;
}

/** An FTS5 query that ANDs the given strings, each quoted: a token, or a phrase of the tokens it holds. */
function allOf(strings: Iterable<string>): string {
  return [...new Set(strings)].map((text) => `"${text.replaceAll('"', '""')}"`).join(' AND ');
}

/** Rows an index's estimate reads at most: enough to tell a rare term from a common one. */
const estimateRows = 5000;

export class SectionSearch {
  private readonly statements = new Map<string, StatementSync>();
  private readonly windowSize: number;
  private readonly countLimit: number;
  private readonly textOf: StatementSync;
  private readonly detailsOf: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    options: SectionSearchOptions = {},
  ) {
    this.windowSize = options.windowSize ?? windowSize;
    this.countLimit = options.countLimit ?? countLimit;
    this.textOf = db.prepare('SELECT text FROM sections WHERE rowid = ?');
    this.detailsOf = db.prepare(
      'SELECT s.id AS sectionId, s.heading AS heading, a.id AS articleId, a.title AS articleTitle FROM sections AS s JOIN articles AS a ON a.rowid = s.article WHERE s.rowid = ?',
    );
  }

  search({ terms, words, offset, limit, cancelled = () => false }: SectionQuery): SectionPage {
    const needles = terms.map((term) => term.needle);
    const plain = needles.filter(foldsToItselfOnly);
    // Hazards that could hide a plain needle: a candidate without them is proven by SQL's instr alone.
    const hazardMask = plain.reduce((mask, needle) => mask | hazardsFor(needle), 0);
    const provenBySql = plain.length === needles.length;
    const page: RankedSection[] = [];
    const articles = new Set<number>();
    let counted = 0;
    let window: Match[] = [];
    let exact = true;
    const rankWindow = () => {
      // Only the window holding the page is ranked, and only as far as the page reaches.
      const from = Math.max(0, offset - counted);
      const to = Math.min(window.length, offset + limit - counted);
      if (from < to) page.push(...this.rankPrefix(window, to, words).slice(from).map((ranked) => this.withText(ranked)));
      counted += window.length;
      window = [];
    };
    // Past the page's windows, matches are only counted (most proven by SQL, unread), up to the limit.
    const countTo = Math.max(this.countLimit, offset + limit);
    let seen = 0;
    for (const candidate of this.candidates(terms, plain)) {
      if (++seen % 64 === 0 && cancelled()) throw new SearchCancelled();
      const match: Match = { candidate };
      if (!(provenBySql && (candidate.hazards & hazardMask) === 0) && !containsEveryTerm(this.folded(match), terms)) continue;
      // The page is ranked and enough counted: this match only says there are more.
      if (counted >= offset + limit && counted + window.length >= countTo) {
        exact = false;
        break;
      }
      window.push(match);
      articles.add(candidate.article);
      if (window.length === this.windowSize) rankWindow();
    }
    rankWindow();
    return { sections: page, total: counted, articles: articles.size, exact };
  }

  /**
   * The first `length` of the window as ranked by tier, then library order —
   * what sorting every match by `tierOf` gives, reading as few texts as it
   * can: headings decide the heading tier, and once enough whole-word matches
   * are found in library order, the rest can only rank after them.
   */
  private rankPrefix(window: readonly Match[], length: number, query: QueryWords): { match: Match; tier: Tier }[] {
    if (query.words.length === 0) return window.slice(0, length).map((match) => ({ match, tier: tier.infix }));
    const headed: Match[] = [];
    const rest: Match[] = [];
    for (const match of window) (inHeadingTier(fold(this.details(match).heading), query) ? headed : rest).push(match);
    const ranked = headed.map((match) => ({ match, tier: tier.heading as Tier }));
    const infix: { match: Match; tier: Tier }[] = [];
    for (const match of rest) {
      if (ranked.length >= length) break;
      const found = tierOf(this.folded(match), query);
      (found === tier.words ? ranked : infix).push({ match, tier: found });
    }
    return [...ranked, ...infix].slice(0, length);
  }

  private folded(match: Match): FoldedSection {
    match.folded ??= foldSection({ heading: this.details(match).heading, text: this.text(match) });
    return match.folded;
  }

  private details(match: Match): SectionDetails {
    match.details ??= { ...(this.detailsOf.get(match.candidate.rowid) as unknown as SectionDetails) };
    return match.details;
  }

  private text(match: Match): string {
    match.text ??= (this.textOf.get(match.candidate.rowid) as { text: string }).text;
    return match.text;
  }

  private withText({ match, tier: found }: { match: Match; tier: Tier }): RankedSection {
    const { rowid, article } = match.candidate;
    return { row: { rowid, article, ...this.details(match), text: this.text(match) }, tier: found };
  }

  /**
   * Sections that may hold every term, in library order, read one at a time:
   * those holding the terms of 3+ characters as phrases of trigrams, or every pair
   * of the 2-character ones, whichever are fewer (an estimate reads at most
   * `estimateRows` of each); the other terms are checked as every term is.
   */
  private candidates(terms: readonly QueryTerm[], plain: readonly string[]): Iterable<Candidate> {
    const grams = allOf(terms.filter((term) => Array.from(term.needle).length >= 3).map((term) => term.needle));
    const pairs = allOf(terms.filter((term) => Array.from(term.needle).length === 2).map((term) => pairToken(term.needle)));
    // A query of single characters only would match nearly everything: titles answer it (titleSearch.ts).
    if (grams === '' && pairs === '') return [];
    const [index, query]: [IndexName, string] =
      pairs === '' || (grams !== '' && this.estimate('section_grams', grams) <= this.estimate('section_pairs', pairs))
        ? ['section_grams', grams]
        : ['section_pairs', pairs];
    const prefilter = plain.flatMap((needle) => [needle, needle, hazardsFor(needle)]);
    const shape = plain.map((needle) => (isThai(needle) ? 't' : 'l')).join('');
    return this.statement(`${index} ${shape}`, () => candidateSql(index, plain)).iterate(query, ...prefilter) as Iterable<Candidate>;
  }

  private estimate(index: IndexName, query: string): number {
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ${estimateRows})`;
    return (this.statement(`estimate ${index}`, () => sql).get(query) as { n: number }).n;
  }

  private statement(key: string, sql: () => string): StatementSync {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
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
