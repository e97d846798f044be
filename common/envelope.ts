/** How every transport carries an answer, so that errors cross IPC and HTTP intact. */
import { z } from 'zod';

/** `read-only`: the store may not be written (a newer Aksorn's file); the call changed nothing. */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'read-only' | 'unknown-method' | 'internal';

/**
 * Why main refused something a reader did, as a code with its parameters:
 * the renderer words it in the reader's language. Errors without one are a
 * program's mistakes, and their English `message` is for developers.
 */
export const refusalReasonSchema = z.discriminatedUnion('reason', [
  z.strictObject({ reason: z.literal('not-json') }).readonly(),
  z.strictObject({ reason: z.literal('not-bookmark-export') }).readonly(),
  /** `where` names the field (the schema's own words, in English). */
  z.strictObject({ reason: z.literal('invalid-bookmark-export'), where: z.string() }).readonly(),
  z.strictObject({ reason: z.literal('too-many-bookmarks'), max: z.int() }).readonly(),
  z.strictObject({ reason: z.literal('store-read-only') }).readonly(),
]);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly reason?: RefusalReason;
}

export type ApiResult<T = unknown> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };

/** An error with a code the renderer can act on, and the reason a reader is told, when it has one. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly reason: RefusalReason | undefined;

  constructor(code: ApiErrorCode, message: string, reason?: RefusalReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.reason = reason;
  }
}

/** Turns a transported answer back into a value, or throws the error it carries. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.reason);
}

/** The envelope of an error. */
export function failure(error: ApiError): ApiResult<never> {
  const { code, message, reason } = error;
  return { ok: false, error: reason ? { code, message, reason } : { code, message } };
}
