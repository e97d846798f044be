/**
 * The Electron entry: a list of setup steps. One instance, the app:// scheme,
 * security backstops for every web contents, then on ready: the core (library,
 * search, store), the IPC transport over its api table, the renderer on
 * app://, the menu and the window.
 */
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import ElectronStore from 'electron-store';
import { pathToFileURL } from 'node:url';
import { createCore, type Core } from '../core.js';
import { StartupError } from '../store/startupError.js';
import { forwardEvents, registerIpc, registerStaging } from './ipc.js';
import { setupMenu } from './menu.js';
import { navigationDecision } from '../security/policy.js';
import { shellPaths, type ShellPaths } from './paths.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { createMainWindow, hardenSession } from './window.js';

const appId = 'org.aksorn.reader';

let mainWindow: BrowserWindow | undefined;

function paths(): ShellPaths {
  return shellPaths(app.getAppPath(), app.isPackaged ? { resourcesPath: process.resourcesPath } : undefined);
}

/** A second launch focuses the window already open instead of starting another reader on the same store. */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  return true;
}

/**
 * Rules for every web contents the app ever creates, so that a window made
 * anywhere else still cannot host a <webview>, open windows, or leave the
 * app's origin. The main window adds opening safe links externally on top.
 */
function setupSecurityBackstops(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (navigationDecision(event.url) !== 'allow') event.preventDefault();
    });
  });
}

/** Quit when the window closes, except on macOS where apps stay in the dock; reopen from the dock. */
function setupLifecycle(): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(paths());
  });
}

/** Everything that needs the app ready, in order. */
function startReader(): void {
  const shell = paths();
  hardenSession();
  // The core's notices (a data file moved aside) reach the reader through the API (getNotices) and events, as in browser mode.
  const core = createCore({
    dataDir: shell.dataDir,
    userDataDir: app.getPath('userData'),
    Store: ElectronStore,
    program: 'the Aksorn app',
    importWorker: { url: pathToFileURL(shell.importWorker), execArgv: [] },
    searchWorker: { url: pathToFileURL(shell.searchWorker), execArgv: [] },
    catalogWorker: { url: pathToFileURL(shell.catalogWorker), execArgv: [] },
  });
  registerIpc(core.api);
  registerStaging(core.uploads);
  forwardEvents(core.onEvent);
  serveRenderer(shell.rendererRoot);
  setupMenu(shell.icon, () => void importChosenFiles(core));
  app.on('will-quit', () => core.close());
  mainWindow = createMainWindow(shell);
}

/** File › Import…: the files chosen go to the import queue; progress reaches the window as events. */
async function importChosenFiles(core: Core): Promise<void> {
  const options: OpenDialogOptions = {
    title: 'Import into the library',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Wikipedia pages and dumps', extensions: ['txt', 'html', 'htm', 'xml', 'bz2'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  try {
    await core.api.startImport(chosen.filePaths.map((path) => core.uploads.stagePath(path)));
  } catch (error) {
    dialog.showErrorBox('Aksorn could not import', error instanceof Error ? error.message : String(error));
  }
}

/** A StartupError's message is the whole story for the person starting the app; anything else is logged with its stack too. */
function fail(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error('[aksorn] could not start:', error instanceof StartupError ? detail : error);
  dialog.showErrorBox('Aksorn could not start', detail);
  app.exit(1);
}

function main(): void {
  if (!setupSingleInstance()) return;
  if (process.platform === 'win32') app.setAppUserModelId(appId);
  registerAppScheme();
  setupSecurityBackstops();
  setupLifecycle();
  app.whenReady().then(startReader).catch(fail);
}

main();
