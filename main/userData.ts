/**
 * The user-data folder, opened: the settings file (main/store/) and the
 * library database (main/db/), under one folder lock. A settings file from
 * before the database had bookmarks and reading positions: they are moved
 * into the database first, and only then is the file rewritten without them
 * (the old file is kept as config.before-v5.json).
 */
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { BookmarkRows } from './bookmarks/bookmarkRows.js';
import { inTransaction, openDatabase } from './db/open.js';
import { keepPositions } from './reading/readingPositions.js';
import { openStore, type OpenStoreOptions } from './store/open.js';
import type { MovedOut } from './store/salvage.js';
import type { StateStore } from './store/state.js';

/** The settings store's options; where an older file's bookmarks go is this module's to decide. */
export type UserDataOptions = Omit<OpenStoreOptions, 'moveOut'>;

export interface UserData {
  readonly store: StateStore;
  readonly db: DatabaseSync;
  /** Closes the database and the store, and gives up the folder. */
  close(): void;
}

/** The library database's file in the user-data folder. */
export function libraryFileIn(dir: string): string {
  return join(dir, 'library.db');
}

export function openUserData({ Store, dir, notices, program, now, checkEveryMs }: UserDataOptions): UserData {
  let db: DatabaseSync | undefined;
  // The database opens inside openStore's lock, and before an old file's bookmarks are moved into it.
  // A short wait for locks: writes wait for an import's transaction asynchronously (db/open.ts `writing`), never blocking the thread.
  const database = () => (db ??= openDatabase({ file: libraryFileIn(dir), notices, now, busyTimeoutMs: 20 }));
  const opened = openStore({ Store, dir, notices, program, now, checkEveryMs, moveOut: (moved) => moveIn(database(), moved) });
  try {
    const library = database();
    return {
      store: opened.store,
      db: library,
      close() {
        library.close();
        opened.close();
      },
    };
  } catch (error) {
    opened.close();
    throw error;
  }
}

/** Idempotent: a start cut short between the move and the rewrite moves the same again, and nothing doubles. */
function moveIn(db: DatabaseSync, { bookmarks, readingPositions }: MovedOut): void {
  inTransaction(db, () => {
    new BookmarkRows(db).put(bookmarks);
    keepPositions(db, readingPositions);
  });
}
