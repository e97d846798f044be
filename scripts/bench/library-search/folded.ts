/** Every section's folded text in memory, in library order: the scan's data and the brute force's. */
import { DatabaseSync } from 'node:sqlite';
import { parseQuery } from '../../../main/search/query.js';
import { foldSection } from '../../../main/search/library/sectionSearch.js';
import type { FoldedSection } from '../../../main/search/library/tiers.js';

export interface FoldedLibrary {
  /** Section rowids, ascending. */
  readonly rowids: Int32Array;
  /** The article (rowid) of each section. */
  readonly articles: Int32Array;
  /** `heading\nbody`, folded as search folds it. */
  readonly texts: readonly string[];
}

export function readFoldedLibrary(dbFile: string): FoldedLibrary {
  const db = new DatabaseSync(dbFile, { readOnly: true });
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM sections').get() as { n: number };
    const rowids = new Int32Array(n);
    const articles = new Int32Array(n);
    const texts: string[] = [];
    let i = 0;
    for (const row of db.prepare('SELECT rowid, article, heading, text FROM sections ORDER BY rowid').iterate() as Iterable<{
      rowid: number;
      article: number;
      heading: string;
      text: string;
    }>) {
      rowids[i] = row.rowid;
      articles[i] = row.article;
      texts.push(joined(foldSection(row)));
      i++;
    }
    return { rowids, articles, texts };
  } finally {
    db.close();
  }
}

/** A section's heading and body as one text: a needle holds no line break, so it is in the one where it is in either. */
export function joined(section: FoldedSection): string {
  return `${section.heading}\n${section.body}`;
}

/** The needles a section must hold for a query: its folded terms, as library search parses them. */
export function needlesOf(query: string): string[] {
  return parseQuery(query).map((term) => term.needle);
}

/** Whether the text holds every needle. */
export function holdsEvery(text: string, needles: readonly string[]): boolean {
  return needles.every((needle) => text.includes(needle));
}
