import { describe, expect, it, vi } from 'vitest';
import { channelOf, readerApiMethods } from '../../../common/api.js';
import { bridgeName, stageChannel } from '../../../common/bridge.js';
import { eventChannel } from '../../../common/events.js';

// What the preload hands to the page, and what it asks of ipcRenderer.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' }));
const listeners = new Map<string, (...args: unknown[]) => void>();
const ipcRenderer = {
  invoke,
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener)),
  removeListener: vi.fn((channel: string) => listeners.delete(channel)),
};
const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/home/u/Downloads/${file.name}`) };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
  ipcRenderer,
  webUtils,
}));

await import('../../../main/electron/preload.js');
const bridge = exposed.get(bridgeName) as Record<string, (...args: unknown[]) => unknown>;

describe('the preload bridge', () => {
  it('exposes one object, under the bridge name only', () => {
    expect([...exposed.keys()]).toEqual([bridgeName]);
  });

  it('holds one function per contract method, onEvent and stageFile, and nothing else (no ipcRenderer, no send)', () => {
    expect(Object.keys(bridge).sort()).toEqual([...readerApiMethods, 'onEvent', 'stageFile'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('stages a File by the path Electron knows for it, on the staging channel; the page never names a path', async () => {
    invoke.mockClear();
    await bridge.stageFile!({ name: 'page.html' });
    expect(invoke).toHaveBeenCalledWith(stageChannel, '/home/u/Downloads/page.html');
  });

  it('is frozen, so the page cannot swap a method', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it("calls each method on that method's channel with the arguments only", async () => {
    const method = readerApiMethods[0]!;
    await expect(bridge[method]!('a', 2)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith(channelOf(method), 'a', 2);
  });

  it("passes main's events on without the IPC event, and stops when told", () => {
    const received: unknown[] = [];
    const stop = bridge.onEvent!((event: unknown) => received.push(event)) as () => void;
    listeners.get(eventChannel)?.({ sender: ipcRenderer, ports: [] }, { type: 'libraryChanged' });
    expect(received).toEqual([{ type: 'libraryChanged' }]);
    stop();
    expect(listeners.has(eventChannel)).toBe(false);
  });
});
