import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../../common/bookmarks.js';
import { defaultSettings } from '../../../common/settings.js';
import { createBookmarks } from '../../../main/bookmarks/bookmarks.js';
import { BookmarkRows } from '../../../main/bookmarks/bookmarkRows.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { createReadingPositionStore } from '../../../main/reading/readingPositions.js';
import { persistedDefaults, storeVersion } from '../../../main/store/schema.js';
import { StartupError } from '../../../main/store/startupError.js';
import { openTestUserData, sampleArticle } from '../fixtures.js';
import type { DatabaseSync } from 'node:sqlite';

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-store-'));
const fixedNow = () => new Date('2026-11-26T12:34:56.789Z');
const stamp = '2026-11-26T12-34-56-789Z';
const open = (dir: string) => openTestUserData(dir, undefined, fixedNow);
const bookmarksIn = (db: DatabaseSync) => new BookmarkRows(db).all();
const configOf = (dir: string) => join(dir, 'config.json');
const readConfig = (dir: string) => JSON.parse(readFileSync(configOf(dir), 'utf8')) as Record<string, unknown>;

/** Three real bookmarks, as the store keeps them. */
async function threeBookmarks(): Promise<Bookmark[]> {
  const dir = tempDir();
  const { db, close } = openTestUserData(dir);
  placeBundled(db, [sampleArticle], new Date(0));
  const service = createBookmarks({ rows: new BookmarkRows(db), library: createLibrary({ db }) });
  for (const paragraph of [null, 0]) {
    await service.add({ articleId: sampleArticle.id, sectionId: 'ประวัติ', paragraph, range: null, name: '', note: '' });
  }
  await service.add({ articleId: sampleArticle.id, sectionId: 'lead', paragraph: 0, range: null, name: 'นำ', note: '' });
  const bookmarks = bookmarksIn(db);
  close();
  return [...bookmarks];
}

describe('openStore', () => {
  it('starts with the declared defaults and no notice when there is no file', () => {
    const { store, notices } = open(tempDir());
    expect(store.get('settings')).toEqual(defaultSettings);
    expect(notices.list().map(({ notice }) => notice)).toEqual([]);
  });

  it('keeps what was written across a reopen', () => {
    const dir = tempDir();
    open(dir).store.set('settings', { ...defaultSettings, language: 'en' });
    expect(open(dir).store.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
  });

  it('creates the folder private to its user and the file readable by its owner only', () => {
    const dir = join(tempDir(), 'new');
    open(dir).store.set('settings', { ...defaultSettings, language: 'en' });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(configOf(dir)).mode & 0o777).toBe(0o600);
  });

  it('moves a file that is not JSON aside, starts with defaults and says where the backup is', () => {
    const dir = tempDir();
    writeFileSync(configOf(dir), '{"settings": {"language": "en"');
    const { store, notices } = open(dir);
    expect(store.get('settings')).toEqual(defaultSettings);
    const backup = join(dir, `config.corrupt-${stamp}.json`);
    expect(readFileSync(backup, 'utf8')).toBe('{"settings": {"language": "en"');
    expect(notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-reset', backup, detail: expect.stringContaining('not JSON') }]);
  });

  it('reads a file that starts with a UTF-8 byte-order mark as it is, with no notice', () => {
    const dir = tempDir();
    writeFileSync(configOf(dir), `\ufeff${JSON.stringify({ ...persistedDefaults, settings: { ...defaultSettings, language: 'en' } })}`);
    const { store, notices } = open(dir);
    expect(store.get('settings').language).toBe('en');
    expect(notices.list().map(({ notice }) => notice)).toEqual([]);
  });
});

describe('recovering piece by piece', () => {
  it('keeps every valid bookmark when one is invalid, and lists the one set aside', async () => {
    const dir = tempDir();
    const [first, second, third] = await threeBookmarks();
    const content = JSON.stringify({ ...persistedDefaults, bookmarks: [first, { ...second, note: 7 }, third] });
    writeFileSync(configOf(dir), content);
    const { db, notices } = open(dir);
    expect(bookmarksIn(db)).toEqual([first, third]);
    const backup = join(dir, `config.repaired-${stamp}.json`);
    expect(readFileSync(backup, 'utf8')).toBe(content);
    expect(notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-repaired', backup, setAside: [expect.stringMatching(/^bookmarks\[1\]\.note must be a string/)] }]);
    // Written back repaired, the bookmarks moved into the library: the next start has nothing to set aside.
    expect(readConfig(dir)).not.toHaveProperty('bookmarks');
    expect(open(dir).notices.list().map(({ notice }) => notice)).toEqual([]);
  });

  it('keeps every valid setting when one is out of range', () => {
    const dir = tempDir();
    writeFileSync(configOf(dir), JSON.stringify({ ...persistedDefaults, settings: { ...defaultSettings, language: 'en', fontSize: 400 } }));
    const { store, notices } = open(dir);
    expect(store.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
    expect(notices.list().map(({ notice }) => notice)).toMatchObject([{ code: 'store-repaired', setAside: [expect.stringMatching(/^settings\.fontSize must be/)] }]);
  });

  it('keeps the valid reading positions and sets aside the rest, and keys it does not know', () => {
    const dir = tempDir();
    const good = { sectionId: 's', progress: 0.5, readAt: '2026-11-01T00:00:00.000Z' };
    writeFileSync(configOf(dir), JSON.stringify({ ...persistedDefaults, readingPositions: { a: good, b: { ...good, progress: 3 } }, extra: 1 }));
    const { db, notices } = open(dir);
    const positions = createReadingPositionStore(db);
    expect([positions.get('a'), positions.get('b')]).toEqual([{ articleId: 'a', sectionId: 's', progress: 0.5 }, null]);
    expect(notices.list().map(({ notice }) => notice)).toMatchObject([{ setAside: [expect.stringContaining('readingPositions["b"].progress'), 'extra is not part of the store'] }]);
  });

  it.each([
    ['missing', undefined],
    ['a string', '3'],
    ['not whole', 2.5],
  ])('treats a version that is %s as a recovery, never as version 1, and keeps the bookmarks', async (_, version) => {
    const dir = tempDir();
    const bookmarks = await threeBookmarks();
    writeFileSync(configOf(dir), JSON.stringify({ ...persistedDefaults, version, bookmarks }));
    const { db, notices } = open(dir);
    expect(bookmarksIn(db)).toEqual(bookmarks);
    expect(notices.list().map(({ notice }) => notice)).toMatchObject([{ code: 'store-repaired', setAside: [expect.stringMatching(/^version is /)] }]);
    expect(readConfig(dir).version).toBe(storeVersion);
  });
});

describe('a file from a newer Aksorn', () => {
  it('is read, never written, and the reader is told; writes are refused as read-only', async () => {
    const dir = tempDir();
    const bookmarks = await threeBookmarks();
    const content = JSON.stringify({ ...persistedDefaults, version: 99, bookmarks, settings: { ...defaultSettings, language: 'en' } });
    writeFileSync(configOf(dir), content);
    const { store, notices } = open(dir);
    expect(notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-newer', file: configOf(dir), version: 99 }]);
    expect(store.get('settings').language).toBe('en');
    expect(() => store.set('settings', defaultSettings)).toThrow(expect.objectContaining({ code: 'read-only', reason: { reason: 'store-read-only' } }));
    expect(readFileSync(configOf(dir), 'utf8')).toBe(content);
    expect(readdirSync(dir).filter((name) => name.startsWith('config.'))).toEqual(['config.json']);
  });
});

describe('start-up faults end in a running store or one clear paragraph', () => {
  it('moves a symbolic-link loop aside and starts', () => {
    const dir = tempDir();
    symlinkSync('config.json', configOf(dir));
    const { db, notices } = open(dir);
    expect(bookmarksIn(db)).toEqual([]);
    expect(notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-reset', backup: join(dir, `config.corrupt-${stamp}.json`), detail: 'it is a symbolic link that leads back to itself' }]);
  });

  it('moves a named pipe aside at once instead of waiting on it', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [configOf(dir)]);
    const { notices } = open(dir);
    expect(notices.list().map(({ notice }) => notice)).toMatchObject([{ code: 'store-reset', detail: 'it is a named pipe (FIFO), not a file' }]);
  });

  it('moves a folder named config.json aside', () => {
    const dir = tempDir();
    execFileSync('mkdir', [configOf(dir)]);
    expect(open(dir).notices.list().map(({ notice }) => notice)).toMatchObject([{ code: 'store-reset', detail: 'it is a folder, not a file' }]);
  });

  it('explains a corrupt file it cannot move aside in one paragraph, keeping the file and the folder free', () => {
    const dir = tempDir();
    writeFileSync(configOf(dir), 'garbage');
    // The backup's place is taken by a folder with something in it, so the rename fails (as in a read-only folder, even for root).
    const blocked = join(dir, `config.corrupt-${stamp}.json`);
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'x'), '');
    const attempt = () => open(dir);
    expect(attempt).toThrow(StartupError);
    expect(attempt).toThrow(new RegExp(`^Aksorn cannot read its data file ${configOf(dir)} \\(it is not JSON.*\\) and cannot move it aside to ${blocked} \\(E[A-Z]+\\)\\. Move the file away`));
    expect(readFileSync(configOf(dir), 'utf8')).toBe('garbage');
    // The failed start gave the folder back.
    expect(existsSync(join(dir, 'aksorn.lock'))).toBe(false);
  });

  it('explains a user-data path that is a file', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => open(file)).toThrow(new StartupError(`Aksorn cannot make its data folder ${file} (EEXIST). Choose a folder it can write, or make this one writable.`));
  });
});
