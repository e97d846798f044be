/**
 * The sandboxed preload: exposes one named method per contract entry on
 * `window.aksorn`, each a single `ipcRenderer.invoke` on that method's channel,
 * and `onEvent`, which follows main's event channel. `ipcRenderer` itself
 * never reaches the page, so the renderer can call the contract and nothing
 * else. Bundled to CommonJS; imports only `electron` and the contract (a
 * sandboxed preload cannot load other modules).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channelOf, readerApiMethods, type ReaderApiMethod } from '../../common/api.js';
import { bridgeName, stageChannel, type ReaderBridge } from '../../common/bridge.js';
import { eventChannel } from '../../common/events.js';

function call(method: ReaderApiMethod) {
  const channel = channelOf(method);
  // Only the arguments cross; the IPC event never does.
  return (...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(channel, ...args);
}

function onEvent(listener: (event: unknown) => void): () => void {
  // Only the payload crosses; the IPC event never does.
  const deliver = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannel, deliver);
  return () => ipcRenderer.removeListener(eventChannel, deliver);
}

// The path of a File exists only here (webUtils): the page hands over the File, never a path of its own.
function stageFile(file: File): Promise<unknown> {
  return ipcRenderer.invoke(stageChannel, webUtils.getPathForFile(file));
}

const bridge = Object.freeze({
  ...Object.fromEntries(readerApiMethods.map((method) => [method, call(method)])),
  onEvent,
  stageFile,
}) as unknown as ReaderBridge;

contextBridge.exposeInMainWorld(bridgeName, bridge);
