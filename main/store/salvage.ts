/**
 * Reads whatever a store file holds into a valid state, keeping every piece
 * that is valid and setting aside only what is not: one bad bookmark never
 * costs the others, one bad setting never costs the rest. Pure: the caller
 * keeps the file's bytes in a backup when anything was set aside.
 */
import { z } from 'zod';
import { bookmarkSchema, type Bookmark } from '../../common/bookmarks.js';
import { idSchema } from '../../common/fields.js';
import { limits } from '../../common/limits.js';
import { describeRefusal } from '../../common/refusal.js';
import { defaultSettings, settingsSchema, type Settings } from '../../common/settings.js';
import { migrateState } from './migrations.js';
import { persistedDefaults, storedPositionSchema, storeVersion, type PersistedState, type StoredPosition } from './schema.js';

/** What an older file held that now lives in the library database: to be moved there before the file is rewritten. */
export interface MovedOut {
  readonly bookmarks: readonly Bookmark[];
  readonly readingPositions: Readonly<Record<string, StoredPosition>>;
}

export interface Salvaged {
  readonly state: PersistedState;
  /** Present when the file held bookmarks or reading positions (a file older than version 5). */
  readonly movedOut?: MovedOut;
  /** Each piece that could not be kept, with why ("bookmarks[3].note is longer than …"). */
  readonly setAside: readonly string[];
  /** The file's format when a newer Aksorn wrote it: such a file is read, never written. */
  readonly newerVersion?: number;
  /** The state differs from the file (migrated or repaired), so it must be written back. */
  readonly changed: boolean;
}

type Raw = Record<string, unknown>;

export function salvageState(raw: unknown): Salvaged {
  if (!isRecord(raw)) {
    return { state: persistedDefaults, setAside: [`the file holds ${describeKind(raw)}, not an object`], changed: true };
  }
  const version = raw.version;
  const setAside: string[] = [];
  let current: Raw = raw;
  let newerVersion: number | undefined;
  if (Number.isInteger(version) && (version as number) >= 1) {
    if ((version as number) > storeVersion) newerVersion = version as number;
    else current = migrateState(raw);
  } else {
    // Not version 1 by default: a file with no readable version could be any layout.
    setAside.push(`version is ${describeKind(version)}, not a format number`);
  }
  const { version: _, settings, bookmarks, readingPositions, ...unknown } = current;
  const state: PersistedState = { version: storeVersion, settings: salvageSettings(settings, setAside) };
  const movedOut =
    bookmarks === undefined && readingPositions === undefined
      ? undefined
      : { bookmarks: salvageBookmarks(bookmarks, setAside), readingPositions: salvagePositions(readingPositions, setAside) };
  for (const key of Object.keys(unknown)) setAside.push(`${key} is not part of the store`);
  const changed = setAside.length > 0 || version !== storeVersion || movedOut !== undefined;
  if (newerVersion !== undefined) return { state, setAside, newerVersion, changed: false };
  return movedOut ? { state, movedOut, setAside, changed } : { state, setAside, changed };
}

function salvageSettings(value: unknown, setAside: string[]): Settings {
  if (value === undefined) return defaultSettings;
  if (!isRecord(value)) {
    setAside.push(`settings is ${describeKind(value)}, not an object`);
    return defaultSettings;
  }
  const kept: Record<string, unknown> = { ...defaultSettings };
  for (const [key, field] of Object.entries(value)) {
    const schema = (settingsSchema.unwrap().shape as Record<string, z.ZodType>)[key];
    if (!schema) {
      setAside.push(`settings has an unknown field "${key}"`);
      continue;
    }
    const checked = schema.safeParse(field);
    if (checked.success) kept[key] = checked.data;
    else setAside.push(describeRefusal(`settings.${key}`, checked.error));
  }
  return kept as Settings;
}

function salvageBookmarks(value: unknown, setAside: string[]): readonly Bookmark[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    setAside.push(`bookmarks is ${describeKind(value)}, not a list`);
    return [];
  }
  const kept: Bookmark[] = [];
  const ids = new Set<string>();
  value.forEach((item: unknown, index) => {
    const checked = bookmarkSchema.safeParse(item, { reportInput: true });
    if (!checked.success) setAside.push(describeRefusal(`bookmarks[${index}]`, checked.error));
    else if (ids.has(checked.data.id)) setAside.push(`bookmarks[${index}] repeats the id "${checked.data.id}"`);
    else if (kept.length >= limits.bookmarks) setAside.push(`bookmarks[${index}] is past the limit of ${limits.bookmarks}`);
    else {
      ids.add(checked.data.id);
      kept.push(checked.data);
    }
  });
  return kept;
}

function salvagePositions(value: unknown, setAside: string[]): Record<string, StoredPosition> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    setAside.push(`readingPositions is ${describeKind(value)}, not an object`);
    return {};
  }
  const kept: Record<string, StoredPosition> = {};
  for (const [articleId, position] of Object.entries(value)) {
    const name = `readingPositions[${JSON.stringify(articleId.slice(0, 80))}]`;
    const id = idSchema.safeParse(articleId);
    const checked = storedPositionSchema.safeParse(position, { reportInput: true });
    if (!id.success) setAside.push(describeRefusal(`${name} (its article id)`, id.error));
    else if (!checked.success) setAside.push(describeRefusal(name, checked.error));
    else kept[articleId] = checked.data;
  }
  return kept;
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
