import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async (_url: string) => {});
/** Records what the shell asks of a window; loads nothing. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly loadFile = vi.fn(async (_path: string) => {});
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.created.push(this);
  }
}
vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  session: {},
  shell: { openExternal: (url: string) => openExternal(url) },
}));

const { createMainWindow, guardNavigation, hardenSession, openExternalIfSafe } = await import(
  '../../../main/electron/window.js'
);

const indexUrl = 'app://aksorn/index.html';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Emits a navigation event and answers whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardNavigation(contents as never);
  return contents;
}

beforeEach(() => {
  openExternal.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('openExternalIfSafe', () => {
  it('opens the normalized https link', () => {
    expect(openExternalIfSafe('https://TH.wikipedia.org/wiki/x')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://th.wikipedia.org/wiki/x');
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:'])('refuses %s', (url) => {
    expect(openExternalIfSafe(url)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('guardNavigation', () => {
  it('lets the app navigate within its bundle', () => {
    expect(guarded().navigate('will-navigate', `${indexUrl}#history`)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps the window and opens a safe link in the browser', () => {
    expect(guarded().navigate('will-navigate', 'https://th.wikipedia.org/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://th.wikipedia.org/');
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'file:///opt/aksorn/out/renderer/index.html', 'app://evil/', 'data:text/html,x'])(
    'blocks %s without opening it',
    (url) => {
      expect(guarded().navigate('will-navigate', url)).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('blocks redirects out of the bundle without opening them', () => {
    expect(guarded().navigate('will-redirect', 'https://th.wikipedia.org/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, opening safe links externally', () => {
    const contents = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.openHandler?.({ url: indexUrl })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'about:blank' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('createMainWindow', () => {
  const paths = { rendererRoot: '/opt/aksorn/out/renderer', preload: '/opt/aksorn/out/preload/preload.cjs', dataDir: '/d', icon: '/i.png', importWorker: '/w.js', searchWorker: '/s.js', catalogWorker: '/c.js' };

  it('loads the renderer from app://, never from a file', () => {
    FakeWindow.created.length = 0;
    createMainWindow(paths);
    const [window] = FakeWindow.created;
    expect(window?.loadURL).toHaveBeenCalledWith('app://aksorn/index.html');
    expect(window?.loadFile).not.toHaveBeenCalled();
  });

  it('creates the window with the secure preferences and its navigation guarded', () => {
    FakeWindow.created.length = 0;
    createMainWindow(paths);
    const [window] = FakeWindow.created;
    expect(window?.options.webPreferences).toMatchObject({ preload: paths.preload, sandbox: true, contextIsolation: true });
    expect(window?.webContents.listenerCount('will-navigate')).toBe(1);
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });
});

describe('hardenSession', () => {
  interface FakeSession {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    headers?: (details: unknown, callback: (response: unknown) => void) => void;
  }

  function fakeSession(): FakeSession {
    const fake: FakeSession = {};
    hardenSession({
      setPermissionRequestHandler: (handler: FakeSession['request']) => (fake.request = handler),
      setPermissionCheckHandler: (handler: FakeSession['check']) => (fake.check = handler),
      webRequest: { onHeadersReceived: (handler: FakeSession['headers']) => (fake.headers = handler) },
    } as never);
    return fake;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (permission) => {
    const callback = vi.fn();
    fakeSession().request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check with no', () => {
    expect(fakeSession().check?.()).toBe(false);
  });

  it('puts the CSP on documents, replacing theirs', () => {
    const callback = vi.fn();
    fakeSession().headers?.(
      { resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ['default-src *'], 'X-A': ['1'] } },
      callback,
    );
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-A']).toEqual(['1']);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
  });

  it('leaves other responses alone', () => {
    const callback = vi.fn();
    fakeSession().headers?.({ resourceType: 'script', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});
