/**
 * The Electron transport: one `ipcMain.handle` per contract method, each a
 * thin call into the api table. The renderer is untrusted, so every message
 * is first checked to come from the app's own page in a main frame; a refusal
 * answers an error that says why. Main's events go the other way, to every
 * window on `eventChannel`.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { eventChannel, type EventSubscription } from '../../common/events.js';
import { channelOf, readerApiMethods, type ReaderApi } from '../../common/api.js';
import { ApiError, failure, type ApiResult } from '../../common/envelope.js';
import { stageChannel } from '../../common/bridge.js';
import type { Uploads } from '../import/uploads.js';
import { invokeApi } from '../api.js';
import { senderRefusal } from '../security/policy.js';

/** Registers a handler per contract method; answers a function that removes them again. */
export function registerIpc(api: ReaderApi): () => void {
  for (const method of readerApiMethods) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]): Promise<ApiResult> => {
      const refusal = senderRefusal(event.senderFrame);
      if (refusal !== undefined) {
        console.warn(`[aksorn] refused ${method}: ${refusal}`);
        return { ok: false, error: { code: 'bad-request', message: `Refused ${method}: ${refusal}.` } };
      }
      return invokeApi(api, method, args);
    });
  }
  return () => {
    for (const method of readerApiMethods) ipcMain.removeHandler(channelOf(method));
  };
}

/**
 * Stages a file the user dropped on the window for import: the preload turns
 * the dropped File into its path (webUtils), and only the preload can send on
 * this channel, so the page can stage only files the user handed it.
 */
export function registerStaging(uploads: Pick<Uploads, 'stagePath'>): () => void {
  ipcMain.handle(stageChannel, async (event, path: unknown): Promise<ApiResult> => {
    const refusal = senderRefusal(event.senderFrame);
    if (refusal !== undefined) return { ok: false, error: { code: 'bad-request', message: `Refused staging a file: ${refusal}.` } };
    if (typeof path !== 'string' || path === '') return { ok: false, error: { code: 'bad-request', message: 'path must be a file path' } };
    try {
      return { ok: true, value: { upload: uploads.stagePath(path) } };
    } catch (error) {
      if (error instanceof ApiError) return failure(error);
      throw error;
    }
  });
  return () => ipcMain.removeHandler(stageChannel);
}

/** Sends each of main's events to every open window (the preload's `onEvent`); answers a function that stops. */
export function forwardEvents(onEvent: EventSubscription): () => void {
  return onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(eventChannel, event);
    }
  });
}
