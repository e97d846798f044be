import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderApi } from '../../../common/api.js';
import { channelOf, readerApiMethods } from '../../../common/api.js';
import { eventChannel } from '../../../common/events.js';
import { sampleApi, sampleArticle, sampleCore } from '../fixtures.js';

// The real module downloads Electron when imported from Node; the shell only needs ipcMain's two calls.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const windows: { isDestroyed(): boolean; webContents: { send: (channel: string, payload: unknown) => void } }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: { getAllWindows: () => windows },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { forwardEvents, registerIpc } = await import('../../../main/electron/ipc.js');

const appFrame = { url: 'app://aksorn/index.html', parent: null };

// The real table over a sample article, its state in a fresh folder.
const api: ReaderApi = sampleApi(mkdtempSync(join(tmpdir(), 'aksorn-ipc-')));

function call(method: string, frame: unknown, ...args: unknown[]) {
  const handler = handlers.get(channelOf(method as never));
  if (handler === undefined) throw new Error(`no handler for ${method}`);
  return handler({ senderFrame: frame }, ...args);
}

beforeEach(() => {
  handlers.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('registerIpc', () => {
  it('registers one channel per contract method and removes them again', () => {
    const unregister = registerIpc(api);
    expect([...handlers.keys()].sort()).toEqual(readerApiMethods.map(channelOf).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers the api result for the app page', async () => {
    registerIpc(api);
    await expect(call('getSettings', appFrame)).resolves.toMatchObject({ ok: true, value: { language: 'th' } });
    await expect(call('updateSettings', appFrame, { language: 'en' })).resolves.toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
  });

  it('checks the arguments against the contract before the handler runs, and passes the checked ones on', async () => {
    const getArticle = vi.fn(async () => {
      throw new Error('unused');
    });
    registerIpc({ ...api, getArticle });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(call('getArticle', appFrame, 'id-1', { extra: true })).resolves.toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'getArticle takes 1 argument (id), got 2' },
    });
    expect(getArticle).not.toHaveBeenCalled();
    await call('getArticle', appFrame, 'id-1');
    expect(getArticle).toHaveBeenCalledWith('id-1');
  });

  it('answers an envelope, never throws, when the handler fails', async () => {
    const getArticle = vi.fn(async () => {
      throw new Error('disk on fire');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    registerIpc({ ...api, getArticle });
    await expect(call('getArticle', appFrame, 'x')).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it.each([
    ['a destroyed frame', null, /frame is gone/],
    ['a subframe', { ...appFrame, parent: {} }, /top-level page/],
    ['a foreign page', { url: 'https://evil.example/', parent: null }, /not part of the app/],
    ['a file outside the bundle', { url: 'file:///tmp/evil.html', parent: null }, /not part of the app/],
    ['the bundle opened from file://', { url: 'file:///opt/aksorn/out/renderer/index.html', parent: null }, /not part of the app/],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }, /not part of the app/],
  ])('refuses %s and says why', async (_label, frame, why) => {
    registerIpc(api);
    const result = (await call('listArticles', frame)) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('bad-request');
    expect(result.error.message).toMatch(/^Refused listArticles: /);
    expect(result.error.message).toMatch(why);
  });
});

describe('forwardEvents', () => {
  it("sends each library change to every open window on the event channel, and stops when told", async () => {
    const core = sampleCore(mkdtempSync(join(tmpdir(), 'aksorn-ipc-events-')));
    const open = { isDestroyed: () => false, webContents: { send: vi.fn() } };
    const closed = { isDestroyed: () => true, webContents: { send: vi.fn() } };
    windows.splice(0, windows.length, open, closed);
    const stop = forwardEvents(core.onEvent);
    await core.library.add({ ...sampleArticle, id: 'second', title: 'บทความที่สอง' });
    expect(open.webContents.send).toHaveBeenCalledWith(eventChannel, {
      type: 'libraryChanged',
      change: { added: ['second'], removed: [], more: false },
    });
    expect(closed.webContents.send).not.toHaveBeenCalled();
    stop();
    await core.library.remove('second');
    expect(open.webContents.send).toHaveBeenCalledTimes(1);
  });
});
