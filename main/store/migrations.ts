/**
 * Brings a store file written by an older Aksorn up to `storeVersion`, before
 * conf opens (and validates) it. Each step takes the state of one version and
 * answers the next; a file without a version is version 1 (settings only).
 */
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { defaultSettings } from '../../common/settings.js';
import { storeVersion } from './schema.js';

type State = Record<string, unknown>;

/** migrations[n] turns version n + 1 into version n + 2. */
const migrations: readonly ((state: State) => State)[] = [
  // 1 → 2: bookmarks and the reading position arrive.
  (state) => ({ ...state, bookmarks: [], readingPosition: null }),
  // 2 → 3: theme and typography join the settings, at their defaults.
  (state) => ({ ...state, settings: { ...defaultSettings, ...(state.settings as object | undefined) } }),
  // 3 → 4: one reading position becomes one per article; the one there was is the last read.
  ({ readingPosition, ...state }) => {
    const old = readingPosition as { articleId: string; sectionId: string; progress: number } | null | undefined;
    const readAt = new Date(0).toISOString();
    return {
      ...state,
      readingPositions: old ? { [old.articleId]: { sectionId: old.sectionId, progress: old.progress, readAt } } : {},
    };
  },
];

/** Applies the steps a state needs; throws for a file from a newer Aksorn. */
export function migrateState(state: State): State {
  const from = typeof state.version === 'number' ? state.version : 1;
  if (from > storeVersion) {
    throw new Error(`the file was written by a newer Aksorn (format ${from}; this one reads up to ${storeVersion})`);
  }
  let next = state;
  for (let version = from; version < storeVersion; version++) {
    next = (migrations[version - 1] as (s: State) => State)(next);
  }
  return { ...next, version: storeVersion };
}

/**
 * Migrates the file in place (atomically) when it is older, keeping the file
 * as it was beside it (`config.before-v<new version>.json`, e.g.
 * config.before-v4.json) in case the new Aksorn is left for the old one.
 * Leaves anything it cannot read to the caller's recovery. Answers true when it wrote.
 */
export function migrateFile(file: string): boolean {
  if (!existsSync(file)) return false;
  const state = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error('the file is not a JSON object');
  if ((state as State).version === storeVersion) return false;
  const migrated = migrateState(state as State);
  copyFileSync(file, file.replace(/\.json$/, `.before-v${storeVersion}.json`));
  writeFileSync(`${file}.migrating`, JSON.stringify(migrated, null, '\t'));
  renameSync(`${file}.migrating`, file);
  return true;
}
