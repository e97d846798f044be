/**
 * Messages for the reader that main raises (at start-up, say): a code and its
 * parameters. Main never words them; the renderer says them in the reader's language.
 */
import { z } from 'zod';

export const noticeSchema = z.discriminatedUnion('code', [
  /** The data file could not be read; it was moved to `backup` and Aksorn started with defaults. */
  z.strictObject({ code: z.literal('store-reset'), backup: z.string(), detail: z.string() }).readonly(),
  /** Some pieces of the data file were invalid: the rest was kept, the whole file copied to `backup`. */
  z.strictObject({ code: z.literal('store-repaired'), backup: z.string(), setAside: z.array(z.string()).readonly() }).readonly(),
  /** A newer Aksorn wrote `file` (format `version`): it is read but never written, so changes are not saved. */
  z.strictObject({ code: z.literal('store-newer'), file: z.string(), version: z.int() }).readonly(),
  /** `file` was changed or deleted while Aksorn ran: it was written back; what was there is in `backup`. */
  z.strictObject({ code: z.literal('store-replaced'), file: z.string(), backup: z.string().nullable() }).readonly(),
  /** The library database could not be read; it was moved to `backup` and Aksorn started with an empty library. */
  z.strictObject({ code: z.literal('library-reset'), backup: z.string(), detail: z.string() }).readonly(),
]);
export type Notice = z.infer<typeof noticeSchema>;
export type NoticeCode = Notice['code'];

/** A notice as main keeps it: numbered, so the reader can dismiss it for good. */
export const postedNoticeSchema = z.strictObject({ id: z.int().min(0), notice: noticeSchema }).readonly();
export type PostedNotice = z.infer<typeof postedNoticeSchema>;
