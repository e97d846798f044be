/**
 * Opens the library database (SQLite through the runtime's own `node:sqlite`:
 * nothing native to rebuild for Electron). Opening reads no table: the cost
 * is the same with 10 articles or 170,000.
 *
 * - WAL: readers never wait for the import writing beside them, and a
 *   process killed mid-write leaves the last committed state.
 * - A file that is not a database is moved aside (kept, never deleted), and
 *   Aksorn starts with an empty library and says where the file went.
 * - A database from a newer Aksorn is refused with a message, never changed.
 */
import { existsSync, renameSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { NoticeBoard } from '../notices.js';
import { sideFile } from '../store/sideFile.js';
import { StartupError } from '../store/startupError.js';
import { fold, foldHazardsIn } from '../../common/fold.js';
import { schemaSteps, schemaVersion } from './schema.js';
import { pairTokens } from '../search/library/indexText.js';

export interface OpenDatabaseOptions {
  /** The database file (its -wal and -shm files live beside it). */
  readonly file: string;
  /** Where a database moved aside is reported; omitted by tools that have no reader to tell. */
  readonly notices?: NoticeBoard;
  readonly now?: () => Date;
  /** How long a write waits for another connection's transaction (the import's are short). */
  readonly busyTimeoutMs?: number;
}

const pageSize = 16384;

export function openDatabase({ file, notices, now = () => new Date(), busyTimeoutMs = 5000 }: OpenDatabaseOptions): DatabaseSync {
  try {
    return prepare(file, busyTimeoutMs);
  } catch (error) {
    if (!isNotADatabase(error)) throw startupError(file, error);
  }
  const backup = sideFile(file, 'corrupt', now());
  moveAside(file, backup);
  notices?.post({ code: 'library-reset', backup, detail: 'it is not a database' });
  try {
    return prepare(file, busyTimeoutMs);
  } catch (error) {
    throw startupError(file, error);
  }
}

function prepare(file: string, busyTimeoutMs: number): DatabaseSync {
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true, timeout: busyTimeoutMs });
  try {
    // Before anything writes: a newer Aksorn's database is left exactly as it is.
    refuseNewer(db, file);
    // A new database only (an existing one keeps its own). Sections of a few kB fit a 16 KiB page whole;
    // with 4 KiB pages a fifth of the file was the unused tails of overflow pages (npm run bench:library).
    db.exec(`PRAGMA page_size = ${pageSize}`);
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL under WAL: a killed process loses nothing committed; only a power cut may lose the last commits.
    db.exec('PRAGMA synchronous = NORMAL');
    // Search's folding, for the schema steps that index the text already there.
    db.function('aksorn_fold', { deterministic: true }, (text) => fold(String(text)));
    db.function('aksorn_pairs', { deterministic: true }, (text) => pairTokens(String(text)));
    db.function('aksorn_fold_hazards', { deterministic: true }, (text) => foldHazardsIn(String(text)));
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function versionOf(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

function refuseNewer(db: DatabaseSync, file: string): void {
  const version = versionOf(db);
  if (version > schemaVersion) {
    throw new StartupError(
      `The library ${file} was written by a newer Aksorn (format ${version}; this one reads up to ${schemaVersion}). Start the newer Aksorn, or move the file away to start with an empty library.`,
    );
  }
}

function migrate(db: DatabaseSync): void {
  for (let step = versionOf(db); step < schemaVersion; step++) {
    inTransaction(db, () => {
      db.exec(schemaSteps[step] as string);
      db.exec(`PRAGMA user_version = ${step + 1}`);
    });
  }
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { errcode?: unknown }).errcode;
  // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11): the bytes are not a database we can read.
  return code === 26 || code === 11;
}

function moveAside(file: string, backup: string): void {
  try {
    renameSync(file, backup);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, backup + suffix);
    }
  } catch (error) {
    throw new StartupError(
      `Aksorn cannot read its library ${file} (it is not a database) and cannot move it aside to ${backup} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Move the file away, then start Aksorn again.`,
    );
  }
}

function startupError(file: string, error: unknown): Error {
  if (error instanceof StartupError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new StartupError(`Aksorn cannot open its library ${file} (${message}). Make the file and its folder readable and writable, then start Aksorn again.`);
}

/**
 * Runs `work` in one write transaction, waiting for the lock without blocking
 * the thread: while another connection (an import's worker) writes, the
 * attempt is tried again after a short pause, so the event loop keeps
 * answering. For the main thread; all of `work` is committed, or none.
 */
export async function writing<T>(db: DatabaseSync, work: () => T, waitMs = 10_000): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
    try {
      db.exec('BEGIN IMMEDIATE');
      break;
    } catch (error) {
      if (!isBusy(error) || performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  return commitOrRollBack(db, work);
}

function isBusy(error: unknown): boolean {
  // SQLITE_BUSY (5), with its extended codes (5 + n × 256).
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' && (code & 0xff) === 5;
}

/** Runs `work` in one write transaction: all of it is committed, or none. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  return commitOrRollBack(db, work);
}

/** Inside a transaction just begun: commits what `work` did, or rolls it all back when it throws. */
function commitOrRollBack<T>(db: DatabaseSync, work: () => T): T {
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
