/**
 * The persisted state, held in memory: reads never touch the disk, and each
 * change is one atomic, durable write of the whole file (the writer: conf)
 * before it is acknowledged. Before each write, and every few seconds, the
 * file is checked to be the one written last: one deleted, truncated or
 * replaced under the running app is kept aside (when it holds anything),
 * written back from memory, and the reader is told.
 */
import { copyFileSync } from 'node:fs';
import { ApiError } from '../../common/envelope.js';
import type { NoticeBoard } from '../notices.js';
import { sideFile } from './sideFile.js';
import { sameStamp, stampOf, type FileStamp } from './storeFile.js';
import type { PersistedState } from './schema.js';

export interface StateStore {
  get<K extends keyof PersistedState>(key: K): PersistedState[K];
  /** Writes the change; throws a `read-only` ApiError when this store may not write its file. */
  set<K extends keyof PersistedState>(key: K, value: PersistedState[K]): void;
  /** Checks that the file is still the one written last, and puts it back if not. */
  check(): void;
  /** Stops the periodic check. */
  close(): void;
}

export interface StateStoreOptions {
  readonly file: string;
  readonly initial: PersistedState;
  /** Writes the whole state atomically; null when the file must not be written (a newer Aksorn's). */
  readonly write: ((state: PersistedState) => void) | null;
  readonly notices: NoticeBoard;
  readonly now?: () => Date;
  /** How often the file is checked between writes; 0: only before writes. */
  readonly checkEveryMs?: number;
}

export function createStateStore({
  file,
  initial,
  write,
  notices,
  now = () => new Date(),
  checkEveryMs = 5000,
}: StateStoreOptions): StateStore {
  let state = initial;
  let stamp: FileStamp | null = stampOf(file);

  /** Writes `next` and only then makes it the state: a failed write changes nothing. */
  const persist = (next: PersistedState) => {
    if (!write) return;
    write(next);
    state = next;
    stamp = stampOf(file);
  };

  const check = () => {
    if (!write) return;
    const found = stampOf(file);
    if (sameStamp(found, stamp)) return;
    // Someone else's file: kept, unless there is nothing in it.
    let backup: string | null = null;
    if (found !== null && found.size > 0) {
      backup = sideFile(file, 'replaced', now());
      copyFileSync(file, backup);
    }
    persist(state);
    notices.post({ code: 'store-replaced', file, backup });
  };

  // Between writes nobody waits on the answer: a check that fails (no room for the copy) is logged and tried again.
  const checkQuietly = () => {
    try {
      check();
    } catch (error) {
      console.error('[aksorn] could not check or restore the data file:', error);
    }
  };
  const timer = checkEveryMs > 0 && write ? setInterval(checkQuietly, checkEveryMs) : undefined;
  timer?.unref();

  return {
    get: (key) => state[key],
    set(key, value) {
      if (!write) {
        throw new ApiError('read-only', `Aksorn does not write ${file}: a newer Aksorn wrote it`, { reason: 'store-read-only' });
      }
      check();
      persist({ ...state, [key]: value });
    },
    check,
    close: () => clearInterval(timer),
  };
}
