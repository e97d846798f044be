/** How every transport carries an answer, so that errors cross IPC and HTTP intact. */

export type ApiErrorCode = 'bad-request' | 'not-found' | 'unknown-method' | 'internal';

export type ApiResult<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ApiErrorCode; readonly message: string } };

/** An error with a code the renderer can act on; its message is safe to show. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Turns a transported answer back into a value, or throws the error it carries. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** The envelope of an error. */
export function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error: { code: error.code, message: error.message } };
}
