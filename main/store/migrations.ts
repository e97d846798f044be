/**
 * Brings a store state written by an older Aksorn up to `storeVersion`. Each
 * step takes the state of one version and answers the next, and none drops
 * what it does not know: salvage.ts then checks every piece.
 */
import { defaultSettings } from '../../common/settings.js';
import { storeVersion } from './schema.js';

type State = Record<string, unknown>;

/** migrations[n] turns version n + 1 into version n + 2. */
const migrations: readonly ((state: State) => State)[] = [
  // 1 → 2: bookmarks and the reading position arrive (whatever is there already stays).
  (state) => ({ bookmarks: [], readingPosition: null, ...state }),
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
  // 4 → 5: bookmarks and reading positions move to the library database. salvage.ts takes them
  // out of the state (checked piece by piece) for the core to move; nothing is dropped here.
  (state) => state,
];

/** Applies the steps a state of format `state.version` needs; throws for one from a newer Aksorn. */
export function migrateState(state: State): State {
  const from = state.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) throw new Error('the state has no format number');
  if (from > storeVersion) {
    throw new Error(`the file was written by a newer Aksorn (format ${from}; this one reads up to ${storeVersion})`);
  }
  let next = state;
  for (let version = from; version < storeVersion; version++) {
    next = (migrations[version - 1] as (s: State) => State)(next);
  }
  return { ...next, version: storeVersion };
}
