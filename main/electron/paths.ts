/**
 * Where the shell finds its built pieces. Pure, so the layout is tested
 * without Electron: everything hangs off the app path (the project folder in
 * development, resources/app.asar when packaged).
 */
import { join } from 'node:path';

export interface ShellPaths {
  /** The built renderer folder: all that app:// serves. */
  readonly rendererRoot: string;
  /** The sandboxed preload, bundled as CommonJS (sandboxed preloads cannot be ES modules). */
  readonly preload: string;
  /** The built articles and search index. */
  readonly dataDir: string;
  /** The window icon (Linux shows it; Windows and macOS use the executable's icon). */
  readonly icon: string;
  /** The import worker, built beside the main bundle (electron.vite.config.ts). */
  readonly importWorker: string;
  readonly searchWorker: string;
  readonly catalogWorker: string;
}

/** The shell's paths for an app path; a packaged app keeps its icon in resources/ (electron-builder extraResources). */
export function shellPaths(appPath: string, packaged: { readonly resourcesPath: string } | undefined): ShellPaths {
  const rendererRoot = join(appPath, 'out', 'renderer');
  return {
    rendererRoot,
    preload: join(appPath, 'out', 'preload', 'preload.cjs'),
    dataDir: join(appPath, 'out', 'data'),
    icon: packaged ? join(packaged.resourcesPath, 'icon.png') : join(appPath, 'assets', 'icon.png'),
    importWorker: join(appPath, 'out', 'main', 'importWorker.js'),
    searchWorker: join(appPath, 'out', 'main', 'searchWorker.js'),
    catalogWorker: join(appPath, 'out', 'main', 'catalogWorker.js'),
  };
}
