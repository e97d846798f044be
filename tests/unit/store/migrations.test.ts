import Conf from 'conf';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateState } from '../../../main/store/migrations.js';
import { openStore } from '../../../main/store/open.js';
import { defaultSettings } from '../../../common/settings.js';
import { persistedDefaults, storeVersion } from '../../../main/store/schema.js';

describe('migrateState', () => {
  it('brings a version-1 file (settings only, no version) up to the current layout, keeping its settings', () => {
    expect(migrateState({ settings: { language: 'en' } })).toEqual({
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

  it('refuses a file from a newer Aksorn', () => {
    expect(() => migrateState({ version: storeVersion + 1 })).toThrow(/written by a newer Aksorn/);
  });
});

describe('opening an old store file', () => {
  it('migrates it, keeps its settings and keeps the old file beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const old = JSON.stringify({ settings: { language: 'en' } });
    writeFileSync(join(dir, 'config.json'), old);
    const { store, notice } = openStore(Conf, dir);
    expect(notice).toBeUndefined();
    expect(store.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
    expect(store.get('bookmarks')).toEqual([]);
    expect(store.get('version')).toBe(storeVersion);
    expect(readFileSync(join(dir, `config.before-v${storeVersion}.json`), 'utf8')).toBe(old);
  });

  it('moves a file from a newer Aksorn aside instead of reading it wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ version: 99 }));
    const { store, notice } = openStore(Conf, dir);
    expect(notice).toMatchObject({ code: 'store-reset', detail: expect.stringMatching(/newer Aksorn/) });
    expect(store.get('version')).toBe(storeVersion);
  });
});
