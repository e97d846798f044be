import Conf from 'conf';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/open.js';
import { defaultSettings } from '../../../common/settings.js';
import { persistedDefaults } from '../../../main/store/schema.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-store-'));
const fixedNow = () => new Date('2026-11-26T12:34:56.789Z');
const backupName = 'config.corrupt-2026-11-26T12-34-56-789Z.json';

describe('openStore', () => {
  it('starts with the declared defaults and no notice when there is no file', () => {
    const { store, notice } = openStore(Conf, tempDir());
    expect(store.get('settings')).toEqual(defaultSettings);
    expect(notice).toBeUndefined();
  });

  it('keeps what was written across a reopen', () => {
    const dir = tempDir();
    openStore(Conf, dir).store.set('settings', { ...defaultSettings, language: 'en' });
    expect(openStore(Conf, dir).store.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
  });

  it('moves a file that is not JSON aside, starts with defaults and says where the backup is', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), '{"settings": {"language": "en"');
    const { store, notice } = openStore(Conf, dir, fixedNow);
    expect(store.get('settings')).toEqual(defaultSettings);
    expect(readFileSync(join(dir, backupName), 'utf8')).toBe('{"settings": {"language": "en"');
    expect(notice).toEqual({ code: 'store-reset', backup: join(dir, backupName), detail: expect.stringContaining('JSON') });
  });

  it('moves a file that breaks the schema aside with its content intact', () => {
    const dir = tempDir();
    const content = JSON.stringify({ ...persistedDefaults, settings: { ...defaultSettings, language: 'klingon' } });
    writeFileSync(join(dir, 'config.json'), content);
    const { store, notice } = openStore(Conf, dir, fixedNow);
    expect(store.get('settings')).toEqual(defaultSettings);
    expect(readFileSync(join(dir, backupName), 'utf8')).toBe(content);
    expect(notice).toMatchObject({ code: 'store-reset', detail: expect.stringMatching(/schema violation/) });
  });

  it('leaves a new, valid file behind after recovery', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), '\u0000\u0001garbage');
    const { store } = openStore(Conf, dir, fixedNow);
    store.set('settings', { ...defaultSettings, language: 'en' });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ settings: { language: 'en' } });
    expect(readdirSync(dir)).toContain(backupName);
    expect(existsSync(join(dir, backupName))).toBe(true);
  });
});
