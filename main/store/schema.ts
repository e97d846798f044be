/**
 * Every persisted key, declared once with its type, its default and its JSON
 * schema, so that a new key cannot be added without deciding how it persists.
 */
import {
  defaultSettings,
  fontFamilies,
  languages,
  themeChoices,
  typographyLimits,
  type Bookmark,
  type ReadingPosition,
  type Settings,
} from '../contract.js';

export interface PersistedState {
  /** The layout of this file; migrations.ts brings older files up to it. */
  readonly version: number;
  readonly settings: Settings;
  readonly bookmarks: readonly Bookmark[];
  readonly readingPosition: ReadingPosition | null;
}

export const storeVersion = 3;


export const persistedDefaults: PersistedState = {
  version: storeVersion,
  settings: defaultSettings,
  bookmarks: [],
  readingPosition: null,
};

const text = { type: 'string' } as const;

const quoteSchema = {
  type: 'object',
  properties: { text, prefix: text, suffix: text },
  required: ['text', 'prefix', 'suffix'],
  additionalProperties: false,
} as const;

const bookmarkSchema = {
  type: 'object',
  properties: {
    id: text,
    kind: { enum: ['section', 'paragraph', 'passage'] },
    anchor: {
      type: 'object',
      properties: {
        articleId: text,
        sectionId: text,
        paragraph: { type: ['integer', 'null'], minimum: 0 },
        quote: { anyOf: [quoteSchema, { type: 'null' }] },
        context: text,
      },
      required: ['articleId', 'sectionId', 'paragraph', 'quote', 'context'],
      additionalProperties: false,
    },
    name: text,
    note: text,
    createdAt: text,
    updatedAt: text,
  },
  required: ['id', 'kind', 'anchor', 'name', 'note', 'createdAt', 'updatedAt'],
  additionalProperties: false,
} as const;

/** conf validates the file against this on open and on every write. */
export const persistedSchema = {
  version: { type: 'integer', minimum: 1 },
  settings: {
    type: 'object',
    properties: {
      language: { enum: [...languages] },
      theme: { enum: [...themeChoices] },
      fontSize: { type: 'number', minimum: typographyLimits.fontSize.min, maximum: typographyLimits.fontSize.max },
      lineHeight: { type: 'number', minimum: typographyLimits.lineHeight.min, maximum: typographyLimits.lineHeight.max },
      pageWidth: { type: 'number', minimum: typographyLimits.pageWidth.min, maximum: typographyLimits.pageWidth.max },
      fontFamily: { enum: [...fontFamilies] },
    },
    required: ['language', 'theme', 'fontSize', 'lineHeight', 'pageWidth', 'fontFamily'],
    additionalProperties: false,
  },
  bookmarks: { type: 'array', items: bookmarkSchema },
  readingPosition: {
    anyOf: [
      {
        type: 'object',
        properties: { articleId: text, sectionId: text, progress: { type: 'number', minimum: 0, maximum: 1 } },
        required: ['articleId', 'sectionId', 'progress'],
        additionalProperties: false,
      },
      { type: 'null' },
    ],
  },
} as const satisfies Record<keyof PersistedState, object>;
