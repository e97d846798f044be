import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateState } from '../../../main/store/migrations.js';
import { BookmarkRows } from '../../../main/bookmarks/bookmarkRows.js';
import { createReadingPositionStore } from '../../../main/reading/readingPositions.js';
import { openTestStore, openTestUserData, sampleArticle, sampleCore } from '../fixtures.js';
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
    const file = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ version: storeVersion });
    expect(Object.keys(file).sort()).toEqual(['settings', 'version']);
    expect(readFileSync(join(dir, `config.before-v${storeVersion}.json`), 'utf8')).toBe(old);
  });
});

describe('moving an old file’s bookmarks and reading positions into the library', () => {
  const oldFile = (bookmarks: readonly unknown[]) =>
    JSON.stringify({
      version: 4,
      settings: { ...defaultSettings, language: 'en' },
      bookmarks,
      readingPositions: { [sampleArticle.id]: { sectionId: 'ประวัติ', progress: 0.25, readAt: '2026-01-02T00:00:00.000Z' } },
    });

  it('puts every bookmark and position in the database, keeps the old file, and writes the settings alone', async () => {
    const made = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const core = sampleCore(made);
    const { saved } = await core.api.addBookmark({ articleId: sampleArticle.id, sectionId: 'ประวัติ', paragraph: 0, range: null, name: 'เก่า', note: 'โน้ต' });
    core.close();
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const old = oldFile(saved.map(({ id, kind, anchor, name, note, createdAt, updatedAt }) => ({ id, kind, anchor, name, note, createdAt, updatedAt })));
    writeFileSync(join(dir, 'config.json'), old);

    const { db, store, close } = openTestUserData(dir);
    expect(new BookmarkRows(db).all().map((b) => [b.id, b.name, b.note])).toEqual([[saved[0]?.id, 'เก่า', 'โน้ต']]);
    expect(createReadingPositionStore(db).get(sampleArticle.id)).toEqual({ articleId: sampleArticle.id, sectionId: 'ประวัติ', progress: 0.25 });
    expect(store.get('settings').language).toBe('en');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).sort()).toEqual(['settings', 'version']);
    expect(readFileSync(join(dir, `config.before-v${storeVersion}.json`), 'utf8')).toBe(old);
    close();
  });

  it('moves nothing twice when a start is cut short between the move and the rewrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const bookmark = {
      id: 'b1',
      kind: 'section',
      anchor: { articleId: sampleArticle.id, sectionId: 'ประวัติ', paragraph: null, quote: null, context: 'ข้อความ' },
      name: '',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    writeFileSync(join(dir, 'config.json'), oldFile([bookmark]));
    openTestUserData(dir).close();
    // As if the rewrite never happened: the old file again, over a database that has its bookmarks.
    writeFileSync(join(dir, 'config.json'), oldFile([bookmark]));
    const { db, close } = openTestUserData(dir);
    expect(new BookmarkRows(db).all().map((b) => b.id)).toEqual(['b1']);
    close();
  });

  it('leaves the file as it was when the database refuses the move', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-migrate-'));
    const old = oldFile([]);
    writeFileSync(join(dir, 'config.json'), old);
    const refuse = () => {
      throw new Error('no room');
    };
    expect(() => openTestStore(dir, undefined, undefined, refuse)).toThrow('no room');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(old);
  });
});
