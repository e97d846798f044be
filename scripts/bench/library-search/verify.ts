/**
 * The correctness phase (a child of its own): every query of the mix through
 * Aksorn's engine, for each ranking window, against a brute-force scan of
 * every section's folded text (correctness.ts). Titles too: every title
 * match holds every term.
 */
import { DatabaseSync } from 'node:sqlite';
import { fold } from '../../../common/fold.js';
import { parseQuery } from '../../../main/search/query.js';
import { queryWords, createSearchEngine } from '../../../main/search/searchEngine.js';
import { SectionSearch } from '../../../main/search/library/sectionSearch.js';
import { tierOf } from '../../../main/search/library/tiers.js';
import { sectionKey } from '../sections.js';
import { bruteForceTop, compareAnswers, type ProblemKind, type ScanAnswer } from './correctness.js';
import { holdsEvery, readFoldedLibrary } from './folded.js';
import type { LibraryMix, LibraryQuery } from './queries.js';

export interface WindowVerdict {
  readonly windowSize: number;
  readonly queries: number;
  /** Queries with no problem at all. */
  readonly correct: number;
  /** Queries whose count was exact (so the counted set was compared). */
  readonly exact: number;
  readonly problems: Readonly<Partial<Record<ProblemKind | 'title-lacks-term', number>>>;
  /** A few of the queries that went wrong, and how. */
  readonly examples: readonly { readonly query: string; readonly problems: readonly string[] }[];
}

const examplesKept = 8;

export function verifyAksorn(dbFile: string, mix: LibraryMix, k: number, windowSizes: readonly number[]): WindowVerdict[] {
  const library = readFoldedLibrary(dbFile);
  const db = new DatabaseSync(dbFile, { readOnly: true });
  const indexOf = new Map<number, number>();
  library.rowids.forEach((rowid, i) => indexOf.set(rowid, i));
  const rowidOf = new Map<string, number>();
  for (const row of db.prepare('SELECT s.rowid AS rowid, a.id AS articleId, s.id AS sectionId FROM sections AS s JOIN articles AS a ON a.rowid = s.article').iterate() as Iterable<{
    rowid: number;
    articleId: string;
    sectionId: string;
  }>) {
    rowidOf.set(sectionKey(row.articleId, row.sectionId), row.rowid);
  }
  const textOf = (rowid: number) => library.texts[indexOf.get(rowid) ?? -1] ?? '';

  // The scan's answer does not depend on the window: found once per query.
  const scans = mix.queries.map((query): ScanAnswer => {
    const needles = parseQuery(query.text).map((term) => term.needle);
    const matches: number[] = [];
    const articles = new Set<number>();
    library.texts.forEach((text, i) => {
      if (holdsEvery(text, needles)) {
        matches.push(library.rowids[i] as number);
        articles.add(library.articles[i] as number);
      }
    });
    return { matches, articles: articles.size };
  });

  return windowSizes.map((windowSize) => {
    const engine = createSearchEngine(db, { windowSize });
    const sections = new SectionSearch(db, { windowSize });
    const problems: Partial<Record<ProblemKind | 'title-lacks-term', number>> = {};
    const examples: { query: string; problems: string[] }[] = [];
    let correct = 0;
    let exact = 0;
    mix.queries.forEach((query: LibraryQuery, i) => {
      const terms = parseQuery(query.text);
      const needles = terms.map((term) => term.needle);
      const words = queryWords(terms);
      const results = engine.search(query.text, { limit: k });
      const counted = results.exact ? sections.search({ terms, words, offset: 0, limit: Math.max(1, results.total) }).sections.map((s) => s.row.rowid) : undefined;
      if (results.exact) exact++;
      const scan = scans[i] as ScanAnswer;
      const tier = (rowid: number) => {
        const text = textOf(rowid);
        const cut = text.indexOf('\n');
        return tierOf({ heading: text.slice(0, cut), body: text.slice(cut + 1) }, words);
      };
      const found = compareAnswers(
        { top: results.hits.map((hit) => rowidOf.get(sectionKey(hit.articleId, hit.sectionId)) ?? -1), total: results.total, articles: results.articles, exact: results.exact, counted },
        scan,
        bruteForceTop(scan.matches, tier, windowSize, k),
        (rowid) => holdsEvery(textOf(rowid), needles),
      );
      const titleMisses = results.titles.filter((title) => !holdsEvery(fold(title.alias ?? title.title), needles));
      const all = [...found, ...(titleMisses.length > 0 ? [{ kind: 'title-lacks-term' as const, detail: `titles ${titleMisses.map((t) => t.alias ?? t.title).join(', ')} lack a term` }] : [])];
      for (const problem of all) problems[problem.kind] = (problems[problem.kind] ?? 0) + 1;
      if (all.length === 0) correct++;
      else if (examples.length < examplesKept) examples.push({ query: query.text, problems: all.map((p) => `${p.kind}: ${p.detail}`) });
    });
    return { windowSize, queries: mix.queries.length, correct, exact, problems, examples };
  });
}
