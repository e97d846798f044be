/**
 * The library as the home view browses it: every article sorted by title,
 * by reading or by addition, filtered by any part of its title, a page at a
 * time, with how far the reader got in each. The orders are built once from
 * the database and then kept in step with the library's change events; a
 * page reads only its own rows. Synchronous: it runs in the catalog worker
 * (worker.ts), since building the title order of 170,000 articles sorts for
 * about a second.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { leadSectionId, type ArticleSource } from '../../../common/article.js';
import type { BrowseQuery, CatalogEntry, CatalogPage, CatalogSort } from '../../../common/catalog.js';
import type { LibraryChange } from '../../../common/events.js';
import { CatalogIndex, filterTerms, type CatalogItem, type CatalogRow } from './catalogIndex.js';
import { readProgress } from './progress.js';

/**
 * Past this many articles changed since the last look, the index is built
 * again rather than patched (a patch reads each changed row by id; a rebuild
 * reads them all in one scan).
 */
const patchAtMost = 20_000;
/** Sorted and filtered lists kept for the next pages of the same query (a scroll asks page after page). */
const keptLists = 4;

interface EntryRow {
  id: string;
  title: string;
  lang: string;
  section_count: number;
  source: ArticleSource;
  size: number;
  added_at: string;
  section_id: string | null;
  progress: number | null;
  read_at: string | null;
  section_ord: number | null;
  has_lead: number;
}

function prepareStatements(db: DatabaseSync) {
  const prepare = (sql: string): StatementSync => db.prepare(sql);
  return {
    all: prepare('SELECT rowid, id, title, added_at AS addedAt FROM articles'),
    byId: prepare('SELECT rowid, id, title, added_at AS addedAt FROM articles WHERE id = ?'),
    after: prepare('SELECT rowid, id, title, added_at AS addedAt FROM articles WHERE rowid > ?'),
    count: prepare('SELECT count(*) AS n FROM articles'),
    // Ties in time go to the later write, as the reader's "last read" does (reading/readingPositions.ts).
    readOrder: prepare('SELECT article_id AS id FROM reading_positions ORDER BY read_at DESC, seq DESC'),
    readVersion: prepare('SELECT coalesce(max(seq), 0) AS seq, count(*) AS n FROM reading_positions'),
    entry: prepare(
      `SELECT a.id, a.title, a.lang, a.section_count, a.source, a.size, a.added_at, p.section_id, p.progress, p.read_at,
         (SELECT s.ord FROM sections AS s WHERE s.article = a.rowid AND s.id = p.section_id) AS section_ord,
         EXISTS (SELECT 1 FROM sections AS s WHERE s.article = a.rowid AND s.ord = 0 AND s.id = '${leadSectionId}') AS has_lead
       FROM articles AS a LEFT JOIN reading_positions AS p ON p.article_id = a.id
       WHERE a.rowid = ?`,
    ),
  };
}

export class Catalog {
  private readonly sql: ReturnType<typeof prepareStatements>;
  private index: CatalogIndex | undefined;
  /** Articles changed since the index last looked, by id; `more` says others changed too (an import's batch). */
  private readonly touched = new Set<string>();
  private more = false;
  private rebuild = false;
  private readonly lists = new Map<string, readonly CatalogItem[]>();
  private listsVersion = '';
  /** Grows with every build of the index: with the index's own version, what the kept lists were made from. */
  private builds = 0;

  constructor(db: DatabaseSync) {
    this.sql = prepareStatements(db);
  }

  /** Notes a change of the library; the index takes it in at the next browse. */
  changed(change: LibraryChange): void {
    if (!this.index) return;
    for (const id of [...change.added, ...change.removed]) this.touched.add(id);
    this.more ||= change.more;
    if (this.touched.size > patchAtMost) this.rebuild = true;
  }

  browse({ sort, filter, offset, limit }: BrowseQuery): CatalogPage {
    const index = this.current();
    const list = this.list(index, sort, filter);
    const articles: CatalogEntry[] = [];
    for (const item of list.slice(offset, offset + limit)) {
      const entry = this.entry(item);
      if (entry) articles.push(entry);
    }
    return { articles, total: list.length, libraryTotal: index.size };
  }

  /**
   * Takes in the changes told since the last look and prepares the filter,
   * so that the next keystroke does not wait for either: the worker calls it
   * while idle.
   */
  refresh(): void {
    this.current().prepareFilter();
  }

  /** The index as the library is now: built at the first browse, patched after changes, built again if it drifted. */
  private current(): CatalogIndex {
    let patched = false;
    if (this.index && !this.rebuild && (this.touched.size > 0 || this.more)) {
      this.patch(this.index);
      patched = true;
    }
    // A patch that missed a row (a change told before its rows were committed) shows in the count.
    if (!this.index || this.rebuild || (patched && this.index.size !== this.count())) {
      this.index = new CatalogIndex(this.sql.all.all() as unknown as CatalogRow[]);
      this.builds++;
      this.rebuild = false;
    }
    this.touched.clear();
    this.more = false;
    return this.index;
  }

  private patch(index: CatalogIndex): void {
    index.remove(this.touched);
    const rows = new Map<string, CatalogRow>();
    for (const id of this.touched) {
      const row = this.sql.byId.get(id) as CatalogRow | undefined;
      if (row) rows.set(row.id, row);
    }
    // An import's batch names only some of its articles: the others are the rows past the last one held.
    if (this.more) {
      for (const row of this.sql.after.all(index.maxRowid) as unknown as CatalogRow[]) if (!index.has(row.id)) rows.set(row.id, row);
    }
    index.add([...rows.values()]);
  }

  private count(): number {
    return (this.sql.count.get() as { n: number }).n;
  }

  /** The articles of a query in order, kept while neither the library nor the reading positions change. */
  private list(index: CatalogIndex, sort: CatalogSort, filter: string): readonly CatalogItem[] {
    const read = this.sql.readVersion.get() as { seq: number; n: number };
    const version = `${this.builds}.${index.version}/${read.seq}/${read.n}`;
    if (version !== this.listsVersion) {
      this.lists.clear();
      this.listsVersion = version;
    }
    const key = `${sort}\n${filter}`;
    let list = this.lists.get(key);
    if (!list) {
      list = index.matching(this.ordered(index, sort), filterTerms(filter));
      this.lists.delete(key);
      this.lists.set(key, list);
      if (this.lists.size > keptLists) this.lists.delete(this.lists.keys().next().value as string);
    }
    return list;
  }

  private ordered(index: CatalogIndex, sort: CatalogSort): readonly CatalogItem[] {
    if (sort === 'title') return index.byTitle();
    if (sort === 'added') return index.byAdded();
    // The unfiltered list of this sort is the one list() keeps for an empty filter.
    const key = 'recent\n';
    const known = this.lists.get(key);
    if (known) return known;
    const read: CatalogItem[] = [];
    for (const { id } of this.sql.readOrder.all() as unknown as { id: string }[]) {
      const item = index.item(id);
      if (item) read.push(item);
    }
    const seen = new Set(read);
    const recent = [...read, ...index.byTitle().filter((item) => !seen.has(item))];
    this.lists.set(key, recent);
    return recent;
  }

  private entry(item: CatalogItem): CatalogEntry | undefined {
    const row = this.sql.entry.get(item.rowid) as EntryRow | undefined;
    // Removed since the index last looked (the change is on its way): left out of this page.
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      lang: row.lang,
      sectionCount: row.section_count,
      source: row.source,
      size: row.size,
      addedAt: row.added_at,
      readProgress: row.section_id === null ? null : readProgress({ sectionId: row.section_id, progress: row.progress ?? 0 }, row.section_ord, row.has_lead === 1, row.section_count),
      readAt: row.read_at,
    };
  }
}
