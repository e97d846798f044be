import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  executableInDist,
  findElectronBinary,
  missingElectronMessage,
  tryInstallElectron,
} from '../../../scripts/electron-binary.js';

let dir: string;
let packageDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksorn-electron-'));
  packageDir = join(dir, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function touch(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
}

describe('executableInDist', () => {
  it('names the executable per platform like the electron package', () => {
    expect(executableInDist('linux')).toBe('electron');
    expect(executableInDist('win32')).toBe('electron.exe');
    expect(executableInDist('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('findElectronBinary', () => {
  it('finds the installed binary through path.txt', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    touch(join(packageDir, 'dist', 'electron'));
    expect(findElectronBinary(packageDir, {}, 'linux')).toEqual({
      found: true,
      path: join(packageDir, 'dist', 'electron'),
      source: 'package',
    });
  });

  it('reports a missing binary when the download never happened', () => {
    const lookup = findElectronBinary(packageDir, {}, 'linux');
    expect(lookup).toEqual({ found: false, looked: join(packageDir, 'dist', 'electron'), source: 'package' });
  });

  it('reports a missing binary when path.txt points at nothing', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary(packageDir, {}, 'linux').found).toBe(false);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when set, even without path.txt', () => {
    const local = join(dir, 'local-electron');
    touch(join(local, 'electron'));
    expect(findElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: local }, 'linux')).toEqual({
      found: true,
      path: join(local, 'electron'),
      source: 'override',
    });
  });

  it('prefers the override over an installed binary', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    touch(join(packageDir, 'dist', 'electron'));
    const local = join(dir, 'local-electron');
    touch(join(local, 'electron'));
    const lookup = findElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: local }, 'linux');
    expect(lookup).toMatchObject({ found: true, source: 'override' });
  });

  it('reports an override folder without an executable', () => {
    const lookup = findElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'empty') }, 'linux');
    expect(lookup).toEqual({ found: false, looked: join(dir, 'empty', 'electron'), source: 'override' });
  });

  it('ignores an empty override', () => {
    expect(findElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: '' }, 'linux')).toMatchObject({
      found: false,
      source: 'package',
    });
  });
});

describe('tryInstallElectron', () => {
  it('answers the first line of a failed install instead of throwing', () => {
    writeFileSync(join(packageDir, 'install.js'), "console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);\n");
    expect(tryInstallElectron(packageDir, {})).toEqual({ ok: false, reason: 'TypeError: fetch failed' });
  });

  it('answers ok when the installer succeeds', () => {
    writeFileSync(join(packageDir, 'install.js'), 'process.exit(0);\n');
    chmodSync(join(packageDir, 'install.js'), 0o644);
    expect(tryInstallElectron(packageDir, {})).toEqual({ ok: true, reason: undefined });
  });

  it('answers a reason when the installer is missing', () => {
    const attempt = tryInstallElectron(packageDir, {});
    expect(attempt.ok).toBe(false);
    expect(attempt.reason).toMatch(/install\.js|Cannot find module/);
  });
});

describe('missingElectronMessage', () => {
  const message = missingElectronMessage(
    { looked: '/p/node_modules/electron/dist/electron', source: 'package' },
    'TypeError: fetch failed',
  );

  it('says what happened', () => {
    expect(message).toContain('the Electron binary is not installed and could not be downloaded');
    expect(message).toContain('/p/node_modules/electron/dist/electron');
    expect(message).toContain('TypeError: fetch failed');
  });

  it('names every way out', () => {
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('npm install');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('npm run web');
  });

  it('is a few plain lines, no stack trace', () => {
    expect(message.split('\n').length).toBeLessThanOrEqual(12);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('blames the override folder when that is what was used', () => {
    const text = missingElectronMessage({ looked: '/x/electron', source: 'override' }, undefined);
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH is set, but that folder holds no Electron executable');
    expect(text).not.toContain('Download error');
  });
});
