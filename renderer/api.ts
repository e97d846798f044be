/**
 * The renderer's one way to reach the main process. Under Electron the
 * preload exposes a `ReaderBridge`; in browser mode the same methods are
 * served over HTTP. Both are built by looping over `readerApiMethods`, so a
 * new contract method needs no code here.
 */
import { readerApiMethods, type ReaderApi, type ReaderApiMethod } from '../common/api';
import { bridgeName, type ReaderBridge } from '../common/bridge';
import { ApiError, refusalReasonSchema, unwrapResult, type ApiErrorCode, type ApiResult } from '../common/envelope';
import { stagedUploadSchema, uploadNameHeader, uploadsPath } from '../common/imports';

/** Sends one call and answers its envelope, whatever the transport. */
type Transport = (method: ReaderApiMethod, args: readonly unknown[]) => Promise<ApiResult>;

/** The API of whichever transport is present; the rest of the renderer never knows which. */
export function getReaderApi(): ReaderApi {
  const bridge = findBridge();
  return fromTransport(bridge ? bridgeTransport(bridge) : httpTransport);
}

/**
 * Hands a file the user chose or dropped to main for import, and answers its
 * upload id for `startImport`: under Electron the preload stages the file by
 * its path; in browser mode its bytes are uploaded (streamed, never read whole).
 */
export async function stageFile(file: File): Promise<string> {
  const bridge = findBridge();
  let answer: unknown;
  try {
    if (bridge) {
      answer = await bridge.stageFile(file);
    } else {
      const response = await fetch(uploadsPath, { method: 'POST', headers: { [uploadNameHeader]: encodeURIComponent(file.name) }, body: file });
      answer = await response.json();
    }
  } catch (error) {
    throw new ApiError('internal', `Could not hand ${file.name} to the reader service: ${errorMessage(error)}`);
  }
  const staged = stagedUploadSchema.safeParse((unwrapResult(checkEnvelope(answer, 'startImport')) as unknown));
  if (!staged.success) throw new ApiError('internal', `The reader service answered the upload of ${file.name} without an upload id`);
  return staged.data.upload;
}

/** The preload's bridge under Electron; undefined in browser mode. */
export function findBridge(): ReaderBridge | undefined {
  return (window as unknown as Partial<Record<string, ReaderBridge>>)[bridgeName];
}

function fromTransport(send: Transport): ReaderApi {
  const api: Partial<Record<ReaderApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of readerApiMethods) {
    api[method] = async (...args) => unwrapResult(await send(method, args));
  }
  return api as unknown as ReaderApi;
}

function bridgeTransport(bridge: ReaderBridge): Transport {
  return async (method, args) => {
    const call = bridge[method] as (...a: readonly unknown[]) => Promise<unknown>;
    let answer: unknown;
    try {
      answer = await call(...args);
    } catch (error) {
      throw new ApiError('internal', `The reader bridge failed: ${errorMessage(error)}`);
    }
    return checkEnvelope(answer, method);
  };
}

// The server answers an envelope with a 2xx or 4xx status alike, so the status is not the verdict.
const httpTransport: Transport = async (method, args) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
  } catch (error) {
    throw new ApiError('internal', `Could not reach the reader service: ${errorMessage(error)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('internal', `The reader service answered ${response.status} without a readable result`);
  }
  return checkEnvelope(body, method);
};

function checkEnvelope(value: unknown, method: ReaderApiMethod): ApiResult {
  if (typeof value === 'object' && value !== null) {
    const envelope = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown; reason?: unknown } };
    if (envelope.ok === true) return value as ApiResult;
    const error = envelope.error;
    if (envelope.ok === false && typeof error?.message === 'string' && typeof error.code === 'string') {
      const body = { code: error.code as ApiErrorCode, message: error.message };
      // A reason outside the contract is dropped: the message still says what went wrong.
      const reason = refusalReasonSchema.safeParse(error.reason);
      return { ok: false, error: reason.success ? { ...body, reason: reason.data } : body };
    }
  }
  throw new ApiError('internal', `The answer to ${method} is not a valid result`);
}

/** A message fit to show for any failure: an ApiError's own message, or a plain description. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
