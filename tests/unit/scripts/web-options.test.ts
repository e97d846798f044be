import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPort, defaultUserDataDir, parseWebOptions } from '../../../scripts/web-options.js';

const env = { HOME: '/home/reader' };

describe('parseWebOptions', () => {
  it('defaults to the fixed port and the platform config folder', () => {
    expect(parseWebOptions([], env)).toEqual({ port: defaultPort, userDataDir: defaultUserDataDir(env) });
  });

  it('takes --port and --user-data (resolved to an absolute path)', () => {
    expect(parseWebOptions(['--port', '0', '--user-data', 'tmp/state'], env)).toEqual({
      port: 0,
      userDataDir: resolve('tmp/state'),
    });
  });

  it.each([['--port', 'eighty'], ['--port', '70000'], ['--port', '1.5'], ['--port=-1']])(
    'refuses %s %s',
    (...argv) => {
      expect(() => parseWebOptions(argv, env)).toThrow(/^--port must be a whole number from 0 to 65535/);
    },
  );

  it('refuses unknown options and stray arguments with a one-line message', () => {
    for (const argv of [['--prot', '80'], ['serve'], ['--port', '-1']]) {
      expect(() => parseWebOptions(argv, env)).toThrow(/^[^\n]+$/);
    }
    expect(() => parseWebOptions(['--user-data', ''], env)).toThrow('--user-data must name a folder');
  });
});

describe('defaultUserDataDir', () => {
  it('follows each platform’s convention', () => {
    expect(defaultUserDataDir({ HOME: '/h' }, 'linux')).toBe(join('/h', '.config', 'Aksorn', 'browser-mode'));
    expect(defaultUserDataDir({ HOME: '/h', XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Aksorn', 'browser-mode'));
    expect(defaultUserDataDir({ HOME: '/h' }, 'darwin')).toBe(join('/h', 'Library', 'Application Support', 'Aksorn', 'browser-mode'));
    expect(defaultUserDataDir({ HOME: '/h', APPDATA: 'C:\\AppData' }, 'win32')).toBe(join('C:\\AppData', 'Aksorn', 'browser-mode'));
  });
});
