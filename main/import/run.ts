/**
 * One import: reads each file with the importer its format needs and writes
 * what it reads into the library database. Runs wherever it is called (the
 * import worker, the CLI); the database connection is its own.
 *
 * - Pages are parsed outside any transaction and written in batches (what
 *   about 10 ms of parsing gave), each one short transaction: the app's own
 *   writes never wait long, and a kill loses at most the batch not yet
 *   committed. Every article reported committed is whole.
 * - Each article is written inside a savepoint: one that fails leaves
 *   nothing of itself, and the import goes on.
 * - A file refused, or a page skipped, is a problem of the summary; the
 *   other files and pages import.
 * - Cancel stops between two articles; what was read before is committed.
 */
import { createReadStream, statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { maxListedProblems, type ImportProblem } from '../../common/imports.js';
import { inTransaction } from '../db/open.js';
import { ArticleRows } from '../library/articleRows.js';
import type { ImportedArticle, ImportedRedirect, ImportFormat, ImportInput, ImportItem } from './types.js';

/** What a batch writes. */
type WrittenItem = ImportedArticle | ImportedRedirect;

/** A file to import, by path (browser uploads are saved to a file first). */
export interface ImportFile {
  readonly name: string;
  readonly path: string;
}

/** Reads one input as items, choosing the importer by the file's name and first bytes. */
export type ItemReader = (input: ImportInput, signal: AbortSignal) => Promise<{ format: ImportFormat; items: AsyncIterable<ImportItem> }>;

export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
  aliases: number;
  skipped: number;
}

export interface ImportProgress extends Readonly<ImportCounts> {
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly currentTitle: string | null;
  /** Articles committed since the last report, by id (at most `maxReportedIds`; `more` says when there were others). */
  readonly committed: readonly string[];
  readonly more: boolean;
  /** New problems since the last report. */
  readonly problems: readonly ImportProblem[];
}

export interface ImportOptions {
  readonly db: DatabaseSync;
  readonly files: readonly ImportFile[];
  readonly read: ItemReader;
  readonly signal: AbortSignal;
  /** Called at most every `reportEveryMs`, and once at the end. */
  readonly onProgress: (progress: ImportProgress) => void;
  readonly now?: () => Date;
  readonly reportEveryMs?: number;
  readonly batchMs?: number;
}

/**
 * How much of the search index's merging follows each batch (FTS5 pages);
 * measured with 10 ms batches: writes of the app wait at most ~65 ms at
 * 100,000 articles, against up to 0.7 s with FTS5's own merging at commit.
 */
const mergePagesPerBatch = 200;

/** Items a batch holds at most, whatever the time: a run of tiny pages (redirects) stays a short write. */
const maxBatch = 2000;

/** Ids a report lists at most: the renderer only needs to know whether what it shows changed. */
export const maxReportedIds = 500;

export async function runImport({ db, files, read, signal, onProgress, now = () => new Date(), reportEveryMs = 100, batchMs = 10 }: ImportOptions): Promise<ImportCounts> {
  const rows = new ArticleRows(db);
  const counts: ImportCounts = { imported: 0, updated: 0, unchanged: 0, aliases: 0, skipped: 0 };
  const bytesTotal = files.reduce((sum, file) => sum + sizeOf(file.path), 0);
  let bytesBefore = 0;
  let bytesRead = 0;
  let currentTitle: string | null = null;
  let problemsListed = 0;
  let newProblems: ImportProblem[] = [];
  let committed: string[] = [];
  let committedMore = false;
  // Skipped pages never enter a batch: they are problems at once.
  let batch: { item: WrittenItem; file: ImportFile; format: ImportFormat }[] = [];
  let batchStarted: number | null = null;
  let lastReport = 0;

  const problem = (file: string, title: string | null, message: string) => {
    counts.skipped++;
    // The problem names its file: a refusal that starts with the name says it once.
    const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    if (problemsListed++ < maxListedProblems) newProblems.push({ file, title, reason });
  };
  const commit = () => {
    if (batch.length === 0) return;
    const ids: string[] = [];
    try {
      inTransaction(db, () => {
        for (const { item, file, format } of batch) {
          const id = write(item, file, format);
          if (id !== null) ids.push(id);
        }
      });
    } catch (error) {
      throw new WriteFailure(error);
    }
    batch = [];
    batchStarted = null;
    // The search indexes merge their segments a little after each batch, in a transaction of their own (db/schema.ts).
    inTransaction(db, () => {
      for (const index of ['section_grams', 'section_pairs']) db.exec(`INSERT INTO ${index} (${index}, rank) VALUES ('merge', ${mergePagesPerBatch})`);
    });
    for (const id of ids) {
      if (committed.length < maxReportedIds) committed.push(id);
      else committedMore = true;
    }
  };
  const report = (force = false) => {
    const time = performance.now();
    if (!force && time - lastReport < reportEveryMs) return;
    lastReport = time;
    onProgress({ ...counts, bytesRead, bytesTotal, currentTitle, committed, more: committedMore, problems: newProblems });
    committed = [];
    committedMore = false;
    newProblems = [];
  };
  /** Writes one item inside the batch's transaction; answers the id of an article it added or changed. */
  const write = (item: WrittenItem, file: ImportFile, format: ImportFormat): string | null => {
    if (item.kind === 'redirect') {
      if (rows.addAlias(item.from, item.to)) counts.aliases++;
      return null;
    }
    db.exec('SAVEPOINT article');
    try {
      const outcome = rows.write(item.article, { source: format, origin: file.name, now: now() });
      db.exec('RELEASE article');
      if (outcome.kind === 'refused') {
        problem(file.name, item.article.title, outcome.reason);
        return null;
      }
      counts[outcome.kind === 'kept' ? 'unchanged' : outcome.kind]++;
      return outcome.kind === 'kept' ? null : outcome.id;
    } catch (error) {
      db.exec('ROLLBACK TO article');
      db.exec('RELEASE article');
      problem(file.name, item.article.title, `could not be written: ${firstLine(error)}`);
      return null;
    }
  };
  const take = (item: ImportItem, file: ImportFile, format: ImportFormat) => {
    if (item.kind === 'skipped') return problem(file.name, item.title, item.reason);
    if (item.kind === 'article') currentTitle = item.article.title;
    batch.push({ item, file, format });
    batchStarted ??= performance.now();
  };

  for (const file of files) {
    if (signal.aborted) break;
    const input: ImportInput = {
      name: file.name,
      size: sizeOf(file.path),
      stream: counted(createReadStream(file.path, { highWaterMark: 1 << 20 }), (n) => {
        bytesRead = bytesBefore + n;
      }),
    };
    try {
      const { format, items } = await read(input, signal);
      for await (const item of items) {
        if (signal.aborted) break;
        take(item, file, format);
        if (batchStarted !== null && (performance.now() - batchStarted >= batchMs || batch.length >= maxBatch)) commit();
        report();
      }
    } catch (error) {
      // The database refused a write (a full disk): the import stops, whatever file it reads.
      if (error instanceof WriteFailure) throw error;
      if (!signal.aborted) problem(file.name, null, firstLine(error));
    }
    bytesBefore += input.size ?? 0;
    bytesRead = bytesBefore;
  }
  commit();
  currentTitle = null;
  report(true);
  return counts;
}

/** A batch the database would not take: it ends the import (the articles before it stay). */
class WriteFailure extends Error {
  constructor(cause: unknown) {
    super(`the library could not be written: ${firstLine(cause)}`, { cause });
    this.name = 'WriteFailure';
  }
}

/** The chunks of a stream, counting the bytes read so far as they pass. */
async function* counted(stream: AsyncIterable<Uint8Array>, onBytes: (total: number) => void): AsyncIterable<Uint8Array> {
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.byteLength;
    onBytes(total);
    yield chunk;
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
