/**
 * Browser mode: the built renderer and the same API table over HTTP, for
 * loopback clients with this run's access token only (access.ts). `POST
 * /api/<method>` with `{"args": [...]}` answers
 * the ApiResult envelope that Electron IPC answers too; `GET /api/events`
 * streams main's events as server-sent events, one JSON event per message.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ReaderApi } from '../../common/api.js';
import { invokeApi } from '../api.js';
import { ApiError, type ApiErrorCode, type ApiResult } from '../../common/envelope.js';
import { eventsPath, type EventSubscription } from '../../common/events.js';
import { uploadNameHeader, uploadsPath } from '../../common/imports.js';
import type { Uploads } from '../import/uploads.js';
import { securityHeaders } from '../security/policy.js';
import { limits } from '../../common/limits.js';
import { carriesToken, sameSecret, tokenCookieValue, tokenParameter } from './access.js';
import { quote } from '../../common/refusal.js';
import { isLoopbackHost, isLoopbackOrigin } from './loopback.js';
import { readStaticFile } from '../static.js';

export interface WebServerOptions {
  readonly api: ReaderApi;
  /** The events streamed to the page. */
  readonly onEvent: EventSubscription;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  /** This run's access token (access.ts). */
  readonly token: string;
  /** Larger request bodies are refused with 413. */
  readonly maxBodyBytes?: number;
  /** Where uploaded files go before `startImport` names them. */
  readonly uploads: Pick<Uploads, 'receive'>;
}

/**
 * Room for the largest call: an import of `limits.importText` characters,
 * JSON-encoded inside the body, where one character can take six bytes
 * (`\u001f`); so every export Aksorn writes imports on this transport too.
 */
const defaultMaxBodyBytes = 6 * limits.importText + 64 * 1024;
// A comment line now and then, so a page that went away without closing is noticed (the write fails).
const keepAliveMs = 30_000;

const statusOfCode: Readonly<Record<ApiErrorCode, number>> = {
  'bad-request': 400,
  'not-found': 404,
  'read-only': 409,
  'unknown-method': 404,
  internal: 500,
};

/** A refusal before the API is reached: a status, a code and a message for the JSON error. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ApiErrorCode = 'bad-request',
  ) {
    super(message);
  }
}

/** The client went away mid-request: nothing to answer and nothing to log. */
class Aborted extends Error {}

export function createWebServer({ api, onEvent, staticDir, token, uploads, maxBodyBytes = defaultMaxBodyBytes }: WebServerOptions): Server {
  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof Aborted) {
        response.destroy();
      } else if (error instanceof Refusal) {
        sendJson(response, error.status, { ok: false, error: { code: error.code, message: error.message } });
      } else {
        console.error(error);
        sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'internal server error' } });
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host)) {
      throw new Refusal(403, `refused: the Host header ${JSON.stringify(request.headers.host ?? '')} is not a loopback name`);
    }
    const url = parseTarget(request.url);
    const offered = url.searchParams.get(tokenParameter);
    if (offered !== null) {
      if (!sameSecret(offered, token)) throw new Refusal(401, "refused: the token in the address is not this run's; open the address `npm run web` printed");
      // The cookie from now on, and the same place without the token, so it stays out of the history.
      url.searchParams.delete(tokenParameter);
      // One leading slash: `//host` would send the browser to another site.
      const here = `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
      response.writeHead(303, { ...securityHeaders, 'Set-Cookie': tokenCookieValue(token), Location: here });
      response.end();
      return;
    }
    if (!carriesToken(request, token)) {
      throw new Refusal(401, "refused: browser mode needs this run's access token; open the address `npm run web` printed (…/?token=…)");
    }
    const path = url.pathname;
    if (path === eventsPath) {
      handleEvents(request, response);
    } else if (path === uploadsPath) {
      await handleUpload(request, response);
    } else if (path.startsWith('/api/')) {
      await handleApi(request, response, path.slice('/api/'.length));
    } else {
      await handleStatic(request, response, path);
    }
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      throw new Refusal(405, `refused: ${request.method ?? ''} is not allowed on the API; use POST`);
    }
    refuseForeignOrigin(request);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      throw new Refusal(415, 'refused: the body must be JSON (Content-Type: application/json)');
    }
    const body = parseJson(await readBody(request, maxBodyBytes));
    if (typeof body !== 'object' || body === null || !Array.isArray((body as { args?: unknown }).args)) {
      throw new Refusal(400, 'refused: the body must be an object {"args": [...]}');
    }
    const result = await invokeApi(api, decodeMethod(method), (body as { args: unknown[] }).args);
    sendJson(response, result.ok ? 200 : statusOfCode[result.error.code], result);
  }

  /** A file's bytes as the body (streamed to disk, never held whole), its name in a header. */
  async function handleUpload(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      throw new Refusal(405, `refused: ${request.method ?? ''} is not allowed on uploads; use POST`);
    }
    refuseForeignOrigin(request);
    const name = decodeFileName(request.headers[uploadNameHeader.toLowerCase()]);
    let upload: string;
    try {
      upload = await uploads.receive(name, request);
    } catch (error) {
      if (request.destroyed || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') throw new Aborted();
      if (error instanceof ApiError) throw new Refusal(413, error.message);
      throw error;
    }
    sendJson(response, 200, { ok: true, value: { upload } });
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET') {
      response.setHeader('Allow', 'GET');
      throw new Refusal(405, `refused: ${request.method ?? ''} is not allowed on the event stream; use GET`);
    }
    refuseForeignOrigin(request);
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    // A first line sends the headers at once, so the page's EventSource opens now, not at the first event.
    response.write(': events\n\n');
    // JSON.stringify writes no line breaks, so each event is one `data:` line.
    const stop = onEvent((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs);
    keepAlive.unref();
    response.on('close', () => {
      stop();
      clearInterval(keepAlive);
    });
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      throw new Refusal(405, `refused: ${request.method ?? ''} is not allowed here`);
    }
    const file = await readStaticFile(staticDir, path);
    if (!file) throw new Refusal(404, `not found: ${path}`, 'not-found');
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }
}

/** Browsers send Origin on cross-origin requests: only this server's own origin may use the API. */
function refuseForeignOrigin(request: IncomingMessage): void {
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin, request.socket.localPort ?? 0)) {
    throw new Refusal(403, `refused: requests from ${JSON.stringify(origin)} are not allowed`);
  }
}

/** The request target as a URL; a malformed one (`http://[::1`, a port past 65535) is the client's error. */
function parseTarget(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    throw new Refusal(400, `refused: the request target ${quote(target ?? '')} is not a URL path`);
  }
}

function decodeMethod(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function decodeFileName(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || header === '') throw new Refusal(400, `refused: an upload names its file in the ${uploadNameHeader} header`);
  try {
    return decodeURIComponent(header);
  } catch {
    throw new Refusal(400, `refused: the ${uploadNameHeader} header is not URI-encoded`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, 'refused: the body is not valid JSON');
  }
}

/** Reads the body, refusing it as soon as it passes the limit (a declared length is checked first). */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.reject(new Refusal(413, `refused: the body is larger than ${limit} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new Refusal(413, `refused: the body is larger than ${limit} bytes`));
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // A client that hangs up mid-body is not an error of ours.
    request.on('aborted', () => reject(new Aborted()));
    request.on('error', () => reject(new Aborted()));
  });
}

function sendJson(response: ServerResponse, status: number, value: ApiResult): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
