/**
 * What the main process tells the renderer without being asked: the other
 * half of the contract. Electron sends each event on `eventChannel`; browser
 * mode streams them from `eventsPath` as server-sent events. The renderer
 * checks each against `readerEventSchema` before acting on it.
 */
import { z } from 'zod';
import { idSchema } from './fields.js';
import { postedNoticeSchema } from './notices.js';

/** Articles added (or replaced by a re-import) and removed, by id. */
export const libraryChangeSchema = z
  .strictObject({
    added: z.array(idSchema).readonly(),
    removed: z.array(idSchema).readonly(),
  })
  .readonly();
export type LibraryChange = z.infer<typeof libraryChangeSchema>;

export const readerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('libraryChanged'), change: libraryChangeSchema }).readonly(),
  /** A notice raised while the app runs (those from start-up are in getNotices). */
  z.strictObject({ type: z.literal('noticePosted'), posted: postedNoticeSchema }).readonly(),
]);
export type ReaderEvent = z.infer<typeof readerEventSchema>;

/** Follows the events: calls `listener` with each one; answers a function that stops. */
export type EventSubscription = (listener: (event: ReaderEvent) => void) => () => void;

/** The IPC channel main sends events on. */
export const eventChannel = 'reader-event';

/** Browser mode's event stream (GET, text/event-stream). */
export const eventsPath = '/api/events';
