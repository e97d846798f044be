/**
 * The articles, their sections' text and their other titles, as rows of the
 * library database. Synchronous, as node:sqlite is: the callers decide which
 * thread runs them (the import runs them in a worker).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Article, ArticleSource, ArticleSummary } from '../../common/article.js';
import { decodeArticle, encodeArticle, textSize, type SectionText } from './body.js';
import { fold, foldHazardsIn } from '../../common/fold.js';
import { pairTokens, sectionGramText } from '../search/library/indexText.js';
import { nfcArticle } from './nfc.js';
import { titleKey } from './title.js';

/** What writing one article did. `kept` means the same page was there already, unchanged. */
export type WriteOutcome =
  | { readonly kind: 'imported' | 'updated' | 'kept'; readonly id: string }
  | { readonly kind: 'refused'; readonly reason: string };

export interface ArticleOrigin {
  readonly source: ArticleSource;
  /** The file (or upload) it came from, for the library view. */
  readonly origin: string;
  readonly now: Date;
}

/**
 * A removed article's rows exactly as they were (its place, dates, source,
 * hash and text), so that undo puts back the same article. Its redirect
 * aliases are not here: they stay in the library when it goes, keyed by its
 * title, and lead to it again once it is back.
 */
export interface RemovedRows {
  readonly article: {
    readonly rowid: number;
    readonly id: string;
    readonly title: string;
    readonly title_key: string;
    readonly lang: string;
    readonly source: ArticleSource;
    readonly origin: string;
    readonly size: number;
    readonly section_count: number;
    readonly hash: string;
    readonly added_at: string;
    readonly updated_at: string;
    readonly body: Uint8Array;
  };
  readonly sections: readonly (SectionText & { readonly hazards: number })[];
}

interface SummaryRow {
  id: string;
  title: string;
  lang: string;
  section_count: number;
  source: ArticleSource;
  size: number;
  added_at: string;
}

function prepareStatements(db: DatabaseSync) {
  const prepare = (sql: string): StatementSync => db.prepare(sql);
  return {
    byKey: prepare('SELECT rowid, id, source, hash FROM articles WHERE title_key = ?'),
    byId: prepare('SELECT rowid, id, source, title_key, hash FROM articles WHERE id = ?'),
    body: prepare('SELECT rowid, id, title, body FROM articles WHERE id = ?'),
    sectionsOf: prepare('SELECT id, heading, text FROM sections WHERE article = ? ORDER BY ord'),
    rowid: prepare('SELECT rowid FROM articles WHERE id = ?'),
    insert: prepare(
      `INSERT INTO articles (id, title, title_key, lang, source, origin, size, section_count, hash, added_at, updated_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: prepare(
      `UPDATE articles SET title = ?, lang = ?, source = ?, origin = ?, size = ?, section_count = ?, hash = ?, updated_at = ?, body = ?
       WHERE rowid = ?`,
    ),
    dropSections: prepare('DELETE FROM sections WHERE article = ?'),
    addSection: prepare('INSERT INTO sections (article, ord, id, heading, text, hazards) VALUES (?, ?, ?, ?, ?, ?)'),
    addGrams: prepare('INSERT INTO section_grams (rowid, text) VALUES (?, ?)'),
    addPairs: prepare('INSERT INTO section_pairs (rowid, pairs) VALUES (?, ?)'),
    dropTitle: prepare('DELETE FROM title_grams WHERE rowid = ?'),
    addTitle: prepare('INSERT INTO title_grams (rowid, folded) VALUES (?, ?)'),
    dropAliasTitle: prepare('DELETE FROM alias_grams WHERE rowid = ?'),
    addAliasTitle: prepare('INSERT INTO alias_grams (rowid, folded) VALUES (?, ?)'),
    remove: prepare('DELETE FROM articles WHERE rowid = ?'),
    wholeRow: prepare(
      'SELECT rowid, id, title, title_key, lang, source, origin, size, section_count, hash, added_at, updated_at, body FROM articles WHERE id = ?',
    ),
    storedSections: prepare('SELECT id, heading, text, hazards FROM sections WHERE article = ? ORDER BY ord'),
    rowidTaken: prepare('SELECT 1 FROM articles WHERE rowid = ?'),
    putBack: prepare(
      `INSERT INTO articles (rowid, id, title, title_key, lang, source, origin, size, section_count, hash, added_at, updated_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    removedTitle: prepare('SELECT title FROM removed_articles WHERE id = ?'),
    page: prepare('SELECT id, title, lang, section_count, source, size, added_at FROM articles ORDER BY rowid LIMIT ? OFFSET ?'),
    count: prepare('SELECT count(*) AS n FROM articles'),
    idOfKey: prepare('SELECT id FROM articles WHERE title_key = ?'),
    idOfAlias: prepare('SELECT a.id FROM aliases AS al JOIN articles AS a ON a.title_key = al.target_key WHERE al.key = ?'),
    alias: prepare(
      `INSERT INTO aliases (key, title, target_key) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET title = excluded.title, target_key = excluded.target_key
       RETURNING rowid`,
    ),
  };
}

export class ArticleRows {
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(db: DatabaseSync) {
    this.sql = prepareStatements(db);
  }

  /**
   * Adds the article, or updates in place the one with its title (keeping
   * its id, its place and the date it was added). Call inside a transaction:
   * the article and its sections are one change.
   */
  write(article: Article, { source, origin, now }: ArticleOrigin): WriteOutcome {
    const key = titleKey(article.title);
    if (key === '') return { kind: 'refused', reason: 'the page has no title' };
    const existing = this.sql.byKey.get(key) as { rowid: number; id: string; source: string; hash: string } | undefined;
    if (existing && existing.source === 'bundled' && source !== 'bundled') {
      return { kind: 'refused', reason: 'an article of this title comes with Aksorn and is not replaced' };
    }
    const id = existing?.id ?? article.id;
    if (!existing) {
      const taken = this.sql.byId.get(id) as { title_key: string } | undefined;
      if (taken) return { kind: 'refused', reason: `its id ${JSON.stringify(id)} is taken by another article` };
    }
    const stored: Article = nfcArticle({ ...article, id });
    const { body, hash, sections } = encodeArticle(stored);
    if (existing && existing.hash === hash) return { kind: 'kept', id };
    const stamp = now.toISOString();
    const fields = [stored.title, stored.lang, source, origin, textSize(sections), stored.sections.length, hash] as const;
    let rowid: number;
    if (existing) {
      rowid = existing.rowid;
      this.sql.update.run(...fields, stamp, body, rowid);
      // The old sections leave the search indexes by trigger (db/schema.ts); the row stays, so its title is replaced here.
      this.sql.dropSections.run(rowid);
      this.sql.dropTitle.run(rowid);
    } else {
      const [title, lang, ...rest] = fields;
      rowid = Number(this.sql.insert.run(id, title, key, lang, ...rest, stamp, stamp, body).lastInsertRowid);
    }
    this.addText(
      rowid,
      stored.title,
      sections.map((section) => ({ ...section, hazards: foldHazardsIn(`${section.heading}\n${section.text}`) })),
    );
    return { kind: existing ? 'updated' : 'imported', id };
  }

  /** The article's sections and its title, into the tables and the search indexes. */
  private addText(rowid: number, title: string, sections: readonly (SectionText & { readonly hazards: number })[]): void {
    this.sql.addTitle.run(rowid, fold(title));
    sections.forEach((section, ord) => {
      const sectionRowid = this.sql.addSection.run(rowid, ord, section.id, section.heading, section.text, section.hazards).lastInsertRowid;
      const gramText = sectionGramText(section);
      this.sql.addGrams.run(sectionRowid, gramText);
      this.sql.addPairs.run(sectionRowid, pairTokens(gramText));
    });
  }

  /** The article's rows as they are, for undo (removeKept); undefined when there is no such article. */
  rowsOf(id: string): RemovedRows | undefined {
    const article = this.sql.wholeRow.get(id) as RemovedRows['article'] | undefined;
    if (!article) return undefined;
    return { article, sections: this.sql.storedSections.all(article.rowid) as unknown as RemovedRows['sections'] };
  }

  /**
   * Puts a removed article back as it was: same id, title, source, dates
   * and text, at its old place in library order when no other article took
   * it. Refused when an article of its id or title is in the library again.
   * Call inside a transaction.
   */
  putBack({ article, sections }: RemovedRows): WriteOutcome {
    if (this.sql.byId.get(article.id)) return { kind: 'refused', reason: `an article with id ${JSON.stringify(article.id)} is in the library again` };
    if (this.sql.byKey.get(article.title_key)) return { kind: 'refused', reason: `an article titled ${JSON.stringify(article.title)} is in the library again` };
    const free = this.sql.rowidTaken.get(article.rowid) === undefined;
    const { rowid: _, ...fields } = article;
    const rowid = Number(
      this.sql.putBack.run(
        free ? article.rowid : null,
        fields.id,
        fields.title,
        fields.title_key,
        fields.lang,
        fields.source,
        fields.origin,
        fields.size,
        fields.section_count,
        fields.hash,
        fields.added_at,
        fields.updated_at,
        fields.body,
      ).lastInsertRowid,
    );
    this.addText(rowid, article.title, sections);
    return { kind: 'imported', id: article.id };
  }

  /** Keeps `from` as another title of the article titled `to` (which may not be in the library yet). */
  addAlias(from: string, to: string): boolean {
    const key = titleKey(from);
    const target = titleKey(to);
    if (key === '' || target === '' || key === target) return false;
    const { rowid } = this.sql.alias.get(key, from, target) as { rowid: number };
    this.sql.dropAliasTitle.run(rowid);
    this.sql.addAliasTitle.run(rowid, fold(from));
    return true;
  }

  find(id: string): Article | undefined {
    const row = this.sql.body.get(id) as { rowid: number; id: string; title: string; body: Uint8Array } | undefined;
    if (!row) return undefined;
    try {
      return decodeArticle(row, this.sql.sectionsOf.all(row.rowid) as unknown as SectionText[]);
    } catch (error) {
      throw new Error(`the library holds article ${JSON.stringify(id)} in a form it cannot read`, { cause: error });
    }
  }

  /** The article's place in library order (the order articles entered it). */
  position(id: string): number | undefined {
    const row = this.sql.rowid.get(id) as { rowid: number } | undefined;
    return row?.rowid;
  }

  /** What the article's content hashes to (it changes when a re-import changes the article). */
  hashOf(id: string): string | undefined {
    return (this.sql.byId.get(id) as { hash: string } | undefined)?.hash;
  }

  /** Whether the article exists, and whether it came with Aksorn. */
  kindOf(id: string): 'bundled' | 'imported' | undefined {
    const row = this.sql.byId.get(id) as { source: string } | undefined;
    return row ? (row.source === 'bundled' ? 'bundled' : 'imported') : undefined;
  }

  remove(id: string): boolean {
    const rowid = this.position(id);
    if (rowid === undefined) return false;
    // Its sections, and the index rows of both, go by cascade and trigger (db/schema.ts).
    return Number(this.sql.remove.run(rowid).changes) > 0;
  }

  /** The title an article had when it left the library (db/schema.ts keeps it); undefined while it is there, or never was. */
  removedTitle(id: string): string | undefined {
    return (this.sql.removedTitle.get(id) as { title: string } | undefined)?.title;
  }

  page(offset: number, limit: number): ArticleSummary[] {
    return (this.sql.page.all(limit, offset) as unknown as SummaryRow[]).map((row) => ({
      id: row.id,
      title: row.title,
      lang: row.lang,
      sectionCount: row.section_count,
      source: row.source,
      size: row.size,
      addedAt: row.added_at,
    }));
  }

  count(): number {
    return (this.sql.count.get() as { n: number }).n;
  }

  /** The article a title names, directly or through an alias. */
  resolve(title: string): string | null {
    const key = titleKey(title);
    if (key === '') return null;
    const direct = this.sql.idOfKey.get(key) as { id: string } | undefined;
    if (direct) return direct.id;
    const aliased = this.sql.idOfAlias.get(key) as { id: string } | undefined;
    return aliased?.id ?? null;
  }
}
