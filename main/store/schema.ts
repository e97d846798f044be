/**
 * Every persisted key, declared once with its schema and its default, so that
 * a new key cannot be added without deciding how it persists. The shapes are
 * the contract's own (common/); conf's JSON schema is derived from them.
 */
import { z } from 'zod';
import { idSchema, isoDate, numberBetween } from '../../common/fields.js';
import { defaultSettings, settingsSchema } from '../../common/settings.js';

/**
 * The layout of the file; migrations.ts brings older files up to it. Since
 * version 5 the file holds the settings only: bookmarks and reading
 * positions live in the library database, and an older file's are moved
 * there (salvage.ts, core.ts).
 */
export const storeVersion = 5;

/** Where the reader was in one article, and when (ISO 8601), as versions 4 and older kept it. */
export const storedPositionSchema = z.strictObject({
  sectionId: idSchema,
  progress: numberBetween(0, 1),
  readAt: isoDate,
});
export type StoredPosition = z.infer<typeof storedPositionSchema>;

const persistedShape = {
  version: z.int().min(1),
  settings: settingsSchema,
} as const;

export type PersistedState = { readonly [K in keyof typeof persistedShape]: z.infer<(typeof persistedShape)[K]> };

export const persistedDefaults: PersistedState = {
  version: storeVersion,
  settings: defaultSettings,
};

/** conf validates the file against this on open and on every write (draft-07 for its Ajv; no per-key $schema). */
export const persistedSchema = Object.fromEntries(
  Object.entries(persistedShape).map(([key, schema]) => {
    const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
    return [key, json];
  }),
) as { readonly [K in keyof PersistedState]: object };
