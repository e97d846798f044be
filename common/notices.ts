/**
 * Messages for the reader that main raises (at start-up, say): a code and its
 * parameters. Main never words them; the renderer says them in the reader's language.
 */
import { z } from 'zod';

export const noticeSchema = z.discriminatedUnion('code', [
  /** The data file could not be read; it was moved to `backup` and Aksorn started with defaults. */
  z.strictObject({ code: z.literal('store-reset'), backup: z.string(), detail: z.string() }).readonly(),
]);
export type Notice = z.infer<typeof noticeSchema>;
export type NoticeCode = Notice['code'];
