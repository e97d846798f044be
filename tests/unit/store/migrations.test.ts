import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateState } from '../../../main/store/migrations.js';
import { openTestStore } from '../fixtures.js';
import { defaultSettings } from '../../../common/settings.js';
import { persistedDefaults, storeVersion } from '../../../main/store/schema.js';

describe('migrateState', () => {
  it('brings a version-1 file (settings only) up to the current layout, keeping its settings', () => {
    expect(migrateState({ version: 1, settings: { language: 'en' } })).toEqual({
      version: storeVersion,
      settings: { ...defaultSettings, language: 'en' },
      bookmarks: [],
      readingPositions: {},
    });
  });

  it('gives a version-2 file the new settings at their defaults, keeping the language and bookmarks', () => {
    const v2 = { version: 2, settings: { language: 'en' }, bookmarks: [{ id: 'kept' }], readingPosition: null };
    expect(migrateState(v2)).toEqual({
      version: storeVersion,
      settings: { ...defaultSettings, language: 'en' },
      bookmarks: [{ id: 'kept' }],
      readingPositions: {},
    });
  });

  it('turns a version-3 file\'s one reading position into that article\'s, the last one read', () => {
    const v3 = { version: 3, settings: defaultSettings, bookmarks: [], readingPosition: { articleId: 'a', sectionId: 's', progress: 0.5 } };
    expect(migrateState(v3)).toEqual({
      version: storeVersion,
      settings: defaultSettings,
      bookmarks: [],
      readingPositions: { a: { sectionId: 's', progress: 0.5, readAt: '1970-01-01T00:00:00.000Z' } },
    });
  });

  it('leaves a current file as it is', () => {
    const state = { ...persistedDefaults };
    expect(migrateState(state)).toEqual(state);
  });

  it('never drops bookmarks a version-1 file happens to hold', () => {
    expect(migrateState({ version: 1, bookmarks: [{ id: 'kept' }] })).toMatchObject({ bookmarks: [{ id: 'kept' }] });
  });

  it('refuses a file from a newer Aksorn, and one with no format number', () => {
    expect(() => migrateState({ version: storeVersion + 1 })).toThrow(/written by a newer Aksorn/);
    expect(() => migrateState({ settings: {} })).toThrow(/no format number/);
  });
});

describe('opening an old store file', () => {
  it('migrates it, keeps its settings and keeps the old file beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const old = JSON.stringify({ version: 1, settings: { language: 'en' } });
    writeFileSync(join(dir, 'config.json'), old);
    const { store, notices } = openTestStore(dir);
    expect(notices.list().map(({ notice }) => notice)).toEqual([]);
    expect(store.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
    expect(store.get('bookmarks')).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ version: storeVersion });
    expect(readFileSync(join(dir, `config.before-v${storeVersion}.json`), 'utf8')).toBe(old);
  });
});
