/**
 * What the main process tells the renderer without being asked: the other
 * half of the contract. Electron sends each event on `eventChannel`; browser
 * mode streams them from `eventsPath` as server-sent events. The renderer
 * checks each against `readerEventSchema` before acting on it.
 */
import { z } from 'zod';
import { idSchema } from './fields.js';
import { importJobSchema } from './imports.js';
import { postedNoticeSchema } from './notices.js';

/**
 * Articles added (or replaced by a re-import) and removed, by id. An import
 * changes thousands at once: past a few hundred ids, `more` says that other
 * articles changed too, so a view reloads whatever it shows.
 */
export const libraryChangeSchema = z
  .strictObject({
    added: z.array(idSchema).readonly(),
    removed: z.array(idSchema).readonly(),
    more: z.boolean(),
  })
  .readonly();
export type LibraryChange = z.infer<typeof libraryChangeSchema>;

export const readerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('libraryChanged'), change: libraryChangeSchema }).readonly(),
  /** An import's progress, at most about ten times a second, and once when it ends. */
  z.strictObject({ type: z.literal('importProgress'), job: importJobSchema }).readonly(),
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
