/**
 * Every persisted key, declared once with its type, its default and its JSON
 * schema, so that a new key cannot be added without deciding how it persists.
 */
import { languages, type Settings } from '../contract.js';

export interface PersistedState {
  readonly settings: Settings;
}

export const persistedDefaults: PersistedState = {
  settings: { language: 'th' },
};

/** conf validates the file against this on open and on every write. */
export const persistedSchema = {
  settings: {
    type: 'object',
    properties: {
      language: { enum: [...languages] },
    },
    required: ['language'],
    additionalProperties: false,
  },
} as const satisfies Record<keyof PersistedState, object>;
