import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/open.js';
import { createSettingsStore } from '../../../main/store/settings.js';

describe('createSettingsStore', () => {
  it('answers the defaults, then the updated settings, and persists them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-settings-'));
    const settings = createSettingsStore(openStore(Conf, dir).store);
    expect(settings.get()).toEqual({ language: 'th' });
    expect(settings.update({ language: 'en' })).toEqual({ language: 'en' });
    expect(createSettingsStore(openStore(Conf, dir).store).get()).toEqual({ language: 'en' });
  });

  it('keeps fields a patch does not name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-settings-'));
    const settings = createSettingsStore(openStore(Conf, dir).store);
    settings.update({ language: 'en' });
    expect(settings.update({})).toEqual({ language: 'en' });
  });
});
