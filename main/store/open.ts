/**
 * Opens the persistent store, recovering from a corrupt or unreadable file.
 *
 * conf's own `clearInvalidConfig` resets such a file silently and keeps no
 * copy; here the file is moved aside to a timestamped backup and the user is
 * told where it went.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type Conf from 'conf';
import type { Notice } from '../../common/notices.js';
import { migrateFile } from './migrations.js';
import { persistedDefaults, persistedSchema, type PersistedState } from './schema.js';

/** conf, or electron-store (conf with Electron defaults): the shell chooses. */
export type StoreClass = typeof Conf;

export interface OpenedStore {
  readonly store: Conf<PersistedState>;
  /** Set when the file had to be moved aside: for the renderer to tell the user. */
  readonly notice?: Notice;
}

export function openStore(Store: StoreClass, cwd: string, now: () => Date = () => new Date()): OpenedStore {
  const file = join(cwd, 'config.json');
  const open = () =>
    new Store<PersistedState>({
      cwd,
      defaults: persistedDefaults,
      schema: persistedSchema,
      clearInvalidConfig: false,
    });
  removeTornWrites(cwd);
  try {
    migrateFile(file);
    return { store: open() };
  } catch (error) {
    if (!existsSync(file)) throw error;
    const backup = backupName(file, now());
    renameSync(file, backup);
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { store: open(), notice: { code: 'store-reset', backup, detail } };
  }
}

/**
 * A write killed half-way leaves its temporary file (config.json.tmp-…) behind;
 * config.json itself is whole, since the rename never happened. The app is the
 * only writer of this folder (one instance), so at open any such file is stale.
 */
function removeTornWrites(cwd: string): void {
  if (!existsSync(cwd)) return;
  for (const name of readdirSync(cwd)) {
    if (/^config\.json\.tmp-\d{10}[a-f0-9]{6}$/.test(name)) rmSync(join(cwd, name), { force: true });
  }
}

function backupName(file: string, date: Date): string {
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.corrupt-${stamp}${ext}`);
}
