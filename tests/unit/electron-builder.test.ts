/**
 * The packaging configuration as electron-builder itself reads it
 * (electron-builder.yml through its own loader and schema check), since the
 * packaged binary cannot be built or run here.
 */
import { resolve } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '../..');

/** electron-builder's option name for a fuse: FuseV1Options.RunAsNode is `runAsNode`. */
function optionName(fuse: string): keyof FuseOptionsV1 {
  return `${fuse.charAt(0).toLowerCase()}${fuse.slice(1)}` as keyof FuseOptionsV1;
}

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(projectDir, null, null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema check', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} } as never)).resolves.toBeUndefined();
  });

  it('packs the app into app.asar', () => {
    expect(config.asar).toBe(true);
  });

  it('decides every fuse electron-builder can flip, so none is left at Electron\'s default by oversight', () => {
    const fuses = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(fuses.length).toBeGreaterThanOrEqual(8);
    for (const fuse of fuses) {
      expect(typeof config.electronFuses?.[optionName(fuse)], `electronFuses.${optionName(fuse)}`).toBe('boolean');
    }
  });

  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });
});
