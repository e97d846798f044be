/**
 * Every persisted key, declared once with its schema and its default, so that
 * a new key cannot be added without deciding how it persists. The shapes are
 * the contract's own (common/); conf's JSON schema is derived from them.
 */
import { z } from 'zod';
import { bookmarkListSchema } from '../../common/bookmarks.js';
import { idSchema, isoDate, numberBetween } from '../../common/fields.js';
import { defaultSettings, settingsSchema } from '../../common/settings.js';

/** The layout of the file; migrations.ts brings older files up to it. */
export const storeVersion = 4;

/** Where the reader was in one article, and when (ISO 8601), so the last one read is known. */
export const storedPositionSchema = z.strictObject({
  sectionId: idSchema,
  progress: numberBetween(0, 1),
  readAt: isoDate,
});
export type StoredPosition = z.infer<typeof storedPositionSchema>;

const persistedShape = {
  version: z.int().min(1),
  settings: settingsSchema,
  bookmarks: bookmarkListSchema,
  /** By article id. */
  readingPositions: z.record(z.string(), storedPositionSchema),
} as const;

export type PersistedState = { readonly [K in keyof typeof persistedShape]: z.infer<(typeof persistedShape)[K]> };

export const persistedDefaults: PersistedState = {
  version: storeVersion,
  settings: defaultSettings,
  bookmarks: [],
  readingPositions: {},
};

/** conf validates the file against this on open and on every write (draft-07 for its Ajv; no per-key $schema). */
export const persistedSchema = Object.fromEntries(
  Object.entries(persistedShape).map(([key, schema]) => {
    const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
    return [key, json];
  }),
) as { readonly [K in keyof PersistedState]: object };
