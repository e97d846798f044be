/**
 * Opens the persistent store: takes the user-data folder, reads the file
 * once into memory, and keeps every valid piece of it.
 *
 * - A file that cannot be read at all (not JSON, a FIFO, a link loop) is moved
 *   aside to a timestamped backup; Aksorn starts with defaults and says where.
 * - A file with some invalid pieces keeps the rest: the whole file is copied
 *   to a backup, the invalid pieces are listed in the notice.
 * - An older format is migrated (the old file kept as config.before-v<N>.json).
 * - A newer Aksorn's file is read but never written, and the reader is told.
 *
 * conf's own `clearInvalidConfig` would reset such files silently and keep no
 * copy; conf here only writes, and every read is answered from memory.
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import type { NoticeBoard } from '../notices.js';
import { lockFolder, type FolderLock } from './folderLock.js';
import { salvageState, type MovedOut, type Salvaged } from './salvage.js';
import { persistedDefaults, persistedSchema, storeVersion, type PersistedState } from './schema.js';
import { sideFile } from './sideFile.js';
import { StartupError } from './startupError.js';
import { createStateStore, type StateStore } from './state.js';
import { readStoreFile, writeFileAtomic } from './storeFile.js';

/** conf, or electron-store (conf with Electron defaults): the shell chooses. */
export type StoreClass = typeof Conf;

export interface OpenStoreOptions {
  readonly Store: StoreClass;
  /** The user-data folder. */
  readonly dir: string;
  readonly notices: NoticeBoard;
  /** What this process is, for a second one to read in the lock ("browser mode"). */
  readonly program: string;
  readonly now?: () => Date;
  /** How often the file is checked for changes made under the app (0: only before writes). */
  readonly checkEveryMs?: number;
  /**
   * Takes what an older file held that now lives elsewhere (bookmarks,
   * reading positions), before the file is rewritten without it; throwing
   * leaves the file as it was. Required: a store opened without somewhere
   * to put them would rewrite an older file without its bookmarks.
   */
  readonly moveOut: (moved: MovedOut) => void;
}

export interface OpenedStore {
  readonly store: StateStore;
  /** Stops checking the file and gives up the folder. */
  close(): void;
}

export function openStore({ Store, dir, notices, program, now = () => new Date(), checkEveryMs, moveOut }: OpenStoreOptions): OpenedStore {
  const file = join(dir, 'config.json');
  makeFolder(dir);
  const lock = lockFolder(dir, program);
  try {
    // Only now, with the folder ours: another live writer's temp files are not stale.
    removeTornWrites(dir);
    const salvaged = readState(file, notices, now);
    if (salvaged.movedOut && salvaged.newerVersion === undefined) moveOut(salvaged.movedOut);
    const store = createStateStore({
      file,
      initial: salvaged.state,
      write: salvaged.newerVersion === undefined ? writerFor(Store, dir, file, salvaged, notices, now) : null,
      notices,
      now,
      checkEveryMs,
    });
    return { store, close: () => closeAll(store, lock) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function closeAll(store: StateStore, lock: FolderLock): void {
  store.close();
  lock.release();
}

/** The state the file holds, salvaged; a file that cannot be read at all is moved aside first. */
function readState(file: string, notices: NoticeBoard, now: () => Date): Salvaged {
  const found = readStoreFile(file);
  if (found.kind === 'missing') return { state: persistedDefaults, setAside: [], changed: false };
  let raw: unknown;
  let unreadable = found.kind === 'unreadable' ? found.detail : undefined;
  if (found.kind === 'text') {
    try {
      raw = JSON.parse(found.text);
    } catch (error) {
      unreadable = `it is not JSON: ${(error as Error).message}`;
    }
  }
  if (unreadable !== undefined) {
    const backup = sideFile(file, 'corrupt', now());
    moveAside(file, backup, unreadable);
    notices.post({ code: 'store-reset', backup, detail: unreadable });
    return { state: persistedDefaults, setAside: [], changed: false };
  }
  const salvaged = salvageState(raw);
  if (salvaged.newerVersion !== undefined) notices.post({ code: 'store-newer', file, version: salvaged.newerVersion });
  return salvaged;
}

/**
 * The writer of a store this Aksorn may write: conf, opened on a file it can
 * read. A repaired or migrated state is written first, the file as it was
 * copied beside it (conf would refuse to open a file its schema refuses).
 */
function writerFor(
  Store: StoreClass,
  dir: string,
  file: string,
  salvaged: Salvaged,
  notices: NoticeBoard,
  now: () => Date,
): (state: PersistedState) => void {
  if (salvaged.changed) {
    const repaired = salvaged.setAside.length > 0;
    const backup = repaired ? sideFile(file, 'repaired', now()) : file.replace(/\.json$/, `.before-v${storeVersion}.json`);
    keepCopy(file, backup);
    try {
      writeFileAtomic(file, JSON.stringify(salvaged.state, null, '\t'));
    } catch (error) {
      throw new StartupError(`Aksorn cannot write its data file ${file} (${errorCode(error)}); the file as it was is kept at ${backup}. Free some space or make the folder writable, then start Aksorn again.`);
    }
    if (repaired) notices.post({ code: 'store-repaired', backup, setAside: salvaged.setAside });
  }
  let conf: Conf<PersistedState>;
  try {
    conf = new Store<PersistedState>({
      cwd: dir,
      defaults: persistedDefaults,
      schema: persistedSchema,
      clearInvalidConfig: false,
      configFileMode: 0o600,
    });
  } catch (error) {
    throw new StartupError(`Aksorn cannot open its data file ${file} (${firstLine(error)}). Make the file and its folder readable and writable, then start Aksorn again.`);
  }
  return (state) => {
    conf.store = state;
  };
}

/** The user-data folder, made private to its user when Aksorn makes it. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StartupError(`Aksorn cannot make its data folder ${dir} (${errorCode(error)}). Choose a folder it can write, or make this one writable.`);
  }
}

function moveAside(file: string, backup: string, why: string): void {
  try {
    renameSync(file, backup);
  } catch (error) {
    throw new StartupError(
      `Aksorn cannot read its data file ${file} (${why}) and cannot move it aside to ${backup} (${errorCode(error)}). Move the file away or make its folder writable, then start Aksorn again.`,
    );
  }
}

function keepCopy(file: string, backup: string): void {
  try {
    copyFileSync(file, backup);
  } catch (error) {
    throw new StartupError(
      `Aksorn must rewrite its data file ${file} and cannot first keep a copy of it at ${backup} (${errorCode(error)}). Make the folder writable, then start Aksorn again.`,
    );
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * A write killed half-way leaves its temporary file behind (conf's
 * config.json.tmp-…, the repair's config.json.repair-<pid>); config.json
 * itself is whole, since the rename never happened. With the folder locked,
 * any such file is stale.
 */
function removeTornWrites(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^config\.json\.(tmp-\d{10}[a-f0-9]{6}|repair-\d+)$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}
