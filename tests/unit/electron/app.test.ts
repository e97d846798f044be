import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads main/electron/app.ts against a fake Electron and answers what it did. */
async function start(options: { lock?: boolean; notices?: string[]; coreFails?: boolean } = {}) {
  vi.resetModules();
  const calls: string[] = [];
  let ready = false;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => options.lock ?? true,
    quit: vi.fn(() => calls.push('quit')),
    exit: vi.fn((code: number) => calls.push(`exit ${code}`)),
    whenReady: () => {
      ready = true;
      return Promise.resolve();
    },
    isReady: () => true,
    getAppPath: () => '/opt/aksorn',
    getPath: (name: string) => `/home/u/.config/Aksorn#${name}`,
    setAppUserModelId: vi.fn(),
  });
  const window = Object.assign(new EventEmitter(), { isDestroyed: () => false });
  const dialog = { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() };
  const createCore = vi.fn((_options: unknown) => {
    calls.push('createCore');
    if (options.coreFails) throw new Error('out/data/library.json is missing; run npm run build');
    return { api: { marker: 'api' }, onEvent: 'events', uploads: 'uploads', notices: options.notices ?? [], close: () => {} };
  });

  vi.doMock('electron', () => ({ app, dialog, BrowserWindow: { getAllWindows: () => [window] } }));
  vi.doMock('electron-store', () => ({ default: class ElectronStore {} }));
  vi.doMock('../../../main/core.js', () => ({ createCore }));
  vi.doMock('../../../main/electron/ipc.js', () => ({
    registerIpc: (api: unknown) => calls.push(`registerIpc ${JSON.stringify(api)}`),
    forwardEvents: (onEvent: unknown) => calls.push(`forwardEvents ${String(onEvent)}`),
    registerStaging: (uploads: unknown) => calls.push(`registerStaging ${String(uploads)}`),
  }));
  vi.doMock('../../../main/electron/protocol.js', () => ({
    // Electron accepts the scheme's privileges only before ready: say which side of it we are on.
    registerAppScheme: () => calls.push(`registerAppScheme ${ready ? 'after' : 'before'} ready`),
    serveRenderer: (root: string) => calls.push(`serveRenderer ${root}`),
  }));
  vi.doMock('../../../main/electron/menu.js', () => ({ setupMenu: () => calls.push('setupMenu') }));
  vi.doMock('../../../main/electron/window.js', () => ({
    hardenSession: () => calls.push('hardenSession'),
    createMainWindow: () => {
      calls.push('createMainWindow');
      return window;
    },
  }));

  await import('../../../main/electron/app.js');
  await new Promise((resolve) => setImmediate(resolve));
  return { app, window, dialog, createCore, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('app entry', () => {
  it('starts in order: the app scheme before ready, then session, core, IPC both ways, app://, menu, window', async () => {
    const { calls, createCore } = await start();
    expect(calls).toEqual([
      'registerAppScheme before ready',
      'hardenSession',
      'createCore',
      'registerIpc {"marker":"api"}',
      'registerStaging uploads',
      'forwardEvents events',
      'serveRenderer /opt/aksorn/out/renderer',
      'setupMenu',
      'createMainWindow',
    ]);
    expect(createCore.mock.calls[0]?.[0]).toMatchObject({
      dataDir: '/opt/aksorn/out/data',
      userDataDir: '/home/u/.config/Aksorn#userData',
      importWorker: { url: new URL('file:///opt/aksorn/out/main/importWorker.js'), execArgv: [] },
      searchWorker: { url: new URL('file:///opt/aksorn/out/main/searchWorker.js'), execArgv: [] },
      catalogWorker: { url: new URL('file:///opt/aksorn/out/main/catalogWorker.js'), execArgv: [] },
    });
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, app } = await start({ lock: false });
    expect(calls).toEqual(['quit']);
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });

  it('explains a failed start and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { calls, dialog } = await start({ coreFails: true });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Aksorn could not start', expect.stringContaining('npm run build'));
    expect(calls).toContain('exit 1');
    expect(calls).not.toContain('createMainWindow');
  });

  it('quits when the window closes, except on macOS', async () => {
    const { app, calls } = await start();
    app.emit('window-all-closed');
    expect(calls.includes('quit')).toBe(process.platform !== 'darwin');
  });

  describe('backstops for every web contents', () => {
    async function contents() {
      const { app } = await start();
      const fake = Object.assign(new EventEmitter(), { openHandler: undefined as unknown, setWindowOpenHandler: vi.fn() });
      fake.setWindowOpenHandler.mockImplementation((handler: unknown) => (fake.openHandler = handler));
      app.emit('web-contents-created', {}, fake);
      return fake;
    }

    it('refuses webviews', async () => {
      const fake = await contents();
      const event = { preventDefault: vi.fn() };
      fake.emit('will-attach-webview', event, {}, {});
      expect(event.preventDefault).toHaveBeenCalled();
    });

    it('denies new windows', async () => {
      const fake = await contents();
      expect((fake.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    });

    it('blocks navigation out of the app, file:// included, and allows it inside', async () => {
      const fake = await contents();
      for (const url of ['https://example.com/', 'file:///opt/aksorn/out/renderer/index.html', 'app://evil/']) {
        const away = { url, preventDefault: vi.fn() };
        fake.emit('will-navigate', away);
        expect(away.preventDefault).toHaveBeenCalled();
      }
      const inside = { url: 'app://aksorn/index.html#x', preventDefault: vi.fn() };
      fake.emit('will-navigate', inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    });
  });
});
