import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../fixtures.js';
import { defaultSettings } from '../../../common/settings.js';
import { createSettingsStore } from '../../../main/store/settings.js';

describe('createSettingsStore', () => {
  it('answers the defaults, then the updated settings, and persists them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-settings-'));
    const settings = createSettingsStore(openTestStore(dir).store);
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.update({ language: 'en', theme: 'dark' })).toEqual({ ...defaultSettings, language: 'en', theme: 'dark' });
    expect(createSettingsStore(openTestStore(dir).store).get()).toEqual({ ...defaultSettings, language: 'en', theme: 'dark' });
  });

  it('keeps fields a patch does not name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-settings-'));
    const settings = createSettingsStore(openTestStore(dir).store);
    settings.update({ language: 'en' });
    expect(settings.update({ fontSize: 22 })).toEqual({ ...defaultSettings, language: 'en', fontSize: 22 });
  });
});
