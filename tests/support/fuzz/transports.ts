/**
 * The two doors the fuzz calls the API through: the table (`invokeApi`, as
 * Electron IPC calls it, arguments passed through structured clone) and
 * browser mode's HTTP server on 127.0.0.1, port 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ReaderApi } from '../../../common/api.js';
import { invokeApi } from '../../../main/api.js';
import { tokenHeader } from '../../../main/web/access.js';
import { createUploads } from '../../../main/import/uploads.js';
import { createWebServer } from '../../../main/web/server.js';
import type { RawRequest } from './calls.js';

export interface Answer {
  /** HTTP only. */
  readonly status?: number;
  readonly contentType?: string;
  /** The envelope as it arrived, or `undefined` when the body was not JSON (`body` says what it was). */
  readonly envelope: unknown;
  readonly body?: string;
  /** What `invokeApi` logged as an internal error (table only), for the report. */
  readonly internal?: unknown;
}

export interface Transport {
  readonly name: 'table' | 'http';
  call(method: string, args: unknown): Promise<Answer>;
  close(): Promise<void>;
}

/** The table, called as Electron IPC calls it: the renderer's arguments arrive structured-cloned. */
export function tableTransport(api: ReaderApi): Transport {
  return {
    name: 'table',
    async call(method, args) {
      let internal: unknown;
      const envelope = await invokeApi(api, method, structuredClone(args), (error) => (internal = error));
      return { envelope, internal };
    },
    close: async () => {},
  };
}

/** The largest request body the fuzz's server takes. */
export const maxBodyBytes = 64 * 1024;

export interface HttpTransport extends Transport {
  readonly port: number;
  raw(request: RawRequest): Promise<Answer>;
}

/**
 * The headers every request of the fuzz carries. Browser mode's access rules
 * live here: a required token or cookie is one more line.
 */
// Browser mode's access token for the fuzz's server.
const token = 'f'.repeat(43);

function requestHeaders(port: number): Record<string, string> {
  return { Host: `127.0.0.1:${port}`, [tokenHeader]: token };
}

/** A method's path, every byte but letters, digits, "-" and "_" percent-encoded (lone surrogates become U+FFFD). */
export function apiPath(method: string): string {
  const encoded = [...Buffer.from(method, 'utf8')]
    .map((byte) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `/api/${encoded}`;
}

/** Browser mode's server over `api`, on 127.0.0.1 at a free port, with a renderer of one page in `dir`. */
export async function httpTransport(api: ReaderApi, dir: string): Promise<HttpTransport> {
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Aksorn</title>');
  const server: Server = createWebServer({ api, onEvent: () => () => {}, staticDir, token, maxBodyBytes, uploads: createUploads(join(dir, 'uploads')) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const send = (request: RawRequest): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { ...requestHeaders(port) };
      if (request.contentType !== undefined) headers['Content-Type'] = request.contentType;
      const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
      // Node sends chunked on its own only for some methods: say it, so every method's body arrives whole.
      headers[request.chunked ? 'Transfer-Encoding' : 'Content-Length'] = request.chunked ? 'chunked' : String(body.length);
      const outgoing = httpRequest({ host: '127.0.0.1', port, path: request.target ?? apiPath(request.method), method: request.httpMethod, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let envelope: unknown;
          try {
            envelope = JSON.parse(text);
          } catch {
            envelope = undefined;
          }
          resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], envelope, body: text.slice(0, 200) });
        });
        response.on('error', reject);
      });
      // The server may answer (413) and close before the whole body is sent: the answer is what counts.
      outgoing.on('error', reject);
      const half = Math.floor(body.length / 2);
      if (request.chunked && body.length > 1) outgoing.write(body.subarray(0, half));
      outgoing.end(request.chunked && body.length > 1 ? body.subarray(half) : body);
    });

  return {
    name: 'http',
    port,
    call: (method, args) =>
      send({ kind: 'raw', method, httpMethod: 'POST', contentType: 'application/json', body: JSON.stringify({ args }), chunked: false }),
    raw: send,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
