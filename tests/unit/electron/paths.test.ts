import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths } from '../../../main/electron/paths.js';

describe('shellPaths', () => {
  const appPath = join('/opt', 'Aksorn', 'resources', 'app.asar');

  it('finds the built pieces under out/', () => {
    const paths = shellPaths(appPath, undefined);
    expect(paths.rendererRoot).toBe(join(appPath, 'out', 'renderer'));
    expect(paths.preload).toBe(join(appPath, 'out', 'preload', 'preload.cjs'));
    expect(paths.dataDir).toBe(join(appPath, 'out', 'data'));
  });

  it('takes the icon from assets/ in development and from resources/ when packaged', () => {
    expect(shellPaths('/work/aksorn', undefined).icon).toBe(join('/work/aksorn', 'assets', 'icon.png'));
    expect(shellPaths(appPath, { resourcesPath: '/opt/Aksorn/resources' }).icon).toBe(
      join('/opt/Aksorn/resources', 'icon.png'),
    );
  });
});
