import Conf from 'conf';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../common/settings.js';
import { createNoticeBoard } from '../../../main/notices.js';
import { openStore } from '../../../main/store/open.js';
import { openTestStore } from '../fixtures.js';

const fixedNow = () => new Date('2026-11-26T12:34:56.789Z');
const stamp = '2026-11-26T12-34-56-789Z';

/** A store with English settings written, as a running app has it. */
function running() {
  const dir = mkdtempSync(join(tmpdir(), 'aksorn-state-'));
  const opened = openTestStore(dir, undefined, fixedNow);
  opened.store.set('settings', { ...defaultSettings, language: 'en' });
  return { ...opened, file: join(dir, 'config.json'), dir };
}

const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { settings: { language: string; theme: string } };

describe('the store changed under a running app', () => {
  it('answers from memory when the file is deleted, writes it back and tells the reader', async () => {
    const app = running();
    rmSync(app.file);
    expect(app.store.get('settings').language).toBe('en');
    app.store.check();
    expect(onDisk(app.file)).toMatchObject({ settings: { language: 'en' } });
    expect(app.notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-replaced', file: app.file, backup: null }]);
  });

  it('keeps a truncated file aside, writes the state back before the next change, and tells the reader', async () => {
    const app = running();
    truncateSync(app.file, 10);
    app.store.set('settings', { ...defaultSettings, language: 'en', theme: 'dark' });
    expect(onDisk(app.file).settings).toMatchObject({ language: 'en', theme: 'dark' });
    const backup = join(app.dir, `config.replaced-${stamp}.json`);
    expect(readFileSync(backup, 'utf8')).toHaveLength(10);
    expect(app.notices.list().map(({ notice }) => notice)).toEqual([{ code: 'store-replaced', file: app.file, backup }]);
  });

  it('keeps another writer’s version aside instead of reading it as its own', async () => {
    const app = running();
    writeFileSync(app.file, JSON.stringify({ someone: 'else' }));
    app.store.check();
    expect(onDisk(app.file).settings.language).toBe('en');
    expect(readFileSync(join(app.dir, `config.replaced-${stamp}.json`), 'utf8')).toBe('{"someone":"else"}');
  });

  it('says nothing while the file is the one it wrote', async () => {
    const app = running();
    app.store.check();
    app.store.set('settings', defaultSettings);
    expect(app.notices.list().map(({ notice }) => notice)).toEqual([]);
  });

  it('answers reads from memory, without reading the file', async () => {
    const app = running();
    // A file no reader could parse: a store that read it per call would fail here.
    writeFileSync(app.file, '{');
    expect(app.store.get('settings').language).toBe('en');
  });

  it('logs a failed check between writes instead of crashing, and keeps checking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-state-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const opened = openStore({ Store: Conf, dir, notices: createNoticeBoard(), program: 'a test', now: fixedNow, checkEveryMs: 10, moveOut: () => undefined });
    opened.store.set('settings', { ...defaultSettings, language: 'en' });
    // The copy's place is taken by a folder with something in it, so keeping the replaced file aside fails.
    const blocked = join(dir, `config.replaced-${stamp}.json`);
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'x'), '');
    writeFileSync(join(dir, 'config.json'), '{"someone":"else"}');
    await expect.poll(() => errors.mock.calls.length).toBeGreaterThan(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain('could not check or restore the data file');
    opened.close();
    errors.mockRestore();
  });
});
