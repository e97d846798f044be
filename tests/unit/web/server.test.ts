import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenHeader } from '../../../main/web/access.js';
import { createWebServer } from '../../../main/web/server.js';
import type { ReaderEvent } from '../../../common/events.js';
import type { Library } from '../../../main/library/library.js';
import { sampleArticle, sampleCore } from '../fixtures.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let server: Server;
let port: number;
const token = 'T'.repeat(43);
/** What every request of these tests carries, unless a test takes it away. */
const withToken = { [tokenHeader]: token };
let library: Library;
// How many pages follow the event stream now.
let following = 0;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'aksorn-web-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Aksorn</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  const core = sampleCore(join(root, 'user'));
  library = core.library;
  const onEvent = (listener: (event: ReaderEvent) => void) => {
    following++;
    const stop = core.onEvent(listener);
    return () => {
      following--;
      stop();
    };
  };
  server = createWebServer({ api: core.api, onEvent, staticDir, token, maxBodyBytes: 1000, uploads: core.uploads });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // An event stream a failed test left open would hold close() forever.
      server.closeAllConnections();
    }),
);

function send(
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...withToken, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const json = { 'Content-Type': 'application/json' };
const call = (method: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(`/api/${method}`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ args }) });

function errorOf(answer: Answer): { code: string; message: string } {
  const parsed = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  return parsed.error;
}

describe('browser-mode API', () => {
  it('answers a call with the same envelope as IPC', async () => {
    const answer = await call('getArticle', ['sample']);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: sampleArticle });
  });

  it('accepts the loopback names localhost and [::1] in Host', async () => {
    for (const host of [`localhost:${port}`, `[::1]:${port}`, 'localhost']) {
      expect((await call('getSettings', [], { Host: host })).status).toBe(200);
    }
  });

  it('maps API errors to 4xx statuses with the error in the body', async () => {
    const missing = await call('getArticle', ['nope']);
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toEqual({ code: 'not-found', message: 'no article with id "nope"' });
    const bad = await call('getArticle', [7]);
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toBe('id must be a string, got the number 7');
    const unknown = await call('dropTables', []);
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe('unknown-method');
  });

  it('carries the reason of a refusal the reader caused, for the page to word', async () => {
    const refused = await call('importBookmarks', ['{']);
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toMatchObject({ code: 'bad-request', reason: { reason: 'not-json' } });
  });
});

/** Opens the event stream; `next()` answers the next event's parsed `data:` line. */
function openEvents(): Promise<{ headers: Record<string, string | string[] | undefined>; next(): Promise<unknown>; close(): void }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, ...withToken } }, (response) => {
      response.setEncoding('utf8');
      const waiting: ((event: unknown) => void)[] = [];
      let buffered = '';
      response.on('data', (chunk: string) => {
        buffered += chunk;
        let end;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = message.split('\n').find((line) => line.startsWith('data: '));
          if (data) waiting.shift()?.(JSON.parse(data.slice('data: '.length)));
        }
      });
      resolve({
        headers: response.headers,
        next: () => new Promise((deliver) => waiting.push(deliver)),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('browser-mode events', () => {
  it('streams a library change to the page as one JSON event per message', async () => {
    const events = await openEvents();
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(events.headers['content-security-policy']).toBeDefined();
    const added = events.next();
    await library.add({ ...sampleArticle, id: 'second', title: 'บทความที่สอง' });
    expect(await added).toEqual({ type: 'libraryChanged', change: { added: ['second'], removed: [], more: false } });
    const removed = events.next();
    await library.remove('second');
    expect(await removed).toEqual({ type: 'libraryChanged', change: { added: [], removed: ['second'], more: false } });
    events.close();
  });

  it('stops following the library when the page goes away', async () => {
    await expect.poll(() => following).toBe(0);
    const events = await openEvents();
    expect(following).toBe(1);
    events.close();
    await expect.poll(() => following).toBe(0);
  });

  it('refuses a cross-site Origin with 403 and methods other than GET with 405', async () => {
    const foreign = await send('/api/events', { headers: { Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign).message).toContain('"https://evil.example"');
    const posted = await send('/api/events', { method: 'POST', headers: json, body: '{"args":[]}' });
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET');
  });
});

describe('browser-mode refusals', () => {
  it('refuses a Host that is not a loopback name (DNS rebinding) with 403', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1.evil.example', '10.0.0.1']) {
      const answer = await call('getSettings', [], { Host: host });
      expect(answer.status).toBe(403);
      expect(errorOf(answer).message).toContain('is not a loopback name');
    }
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  // Found by the API fuzz: new URL() threw on these targets, and the server answered 500.
  it('refuses a request target that is not a URL path with 400', async () => {
    for (const target of ['//[', '//%', '//:99999/api/getSettings']) {
      const answer = await send(target, { method: 'POST', headers: json, body: '{"args":[]}' });
      expect(answer.status).toBe(400);
      expect(errorOf(answer).message).toBe(`refused: the request target ${JSON.stringify(target)} is not a URL path`);
    }
  });

  it('refuses a cross-site Origin with 403', async () => {
    const answer = await call('getSettings', [], { Origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(errorOf(answer).message).toContain('"https://evil.example"');
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const answer = await send('/api/listArticles', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"args":[]}' });
    expect(answer.status).toBe(415);
    expect(errorOf(answer).message).toContain('Content-Type: application/json');
  });

  it('refuses a body that is not JSON, or not {"args": [...]}, with 400', async () => {
    const notJson = await send('/api/listArticles', { method: 'POST', headers: json, body: '{args:' });
    expect(notJson.status).toBe(400);
    expect(errorOf(notJson).message).toBe('refused: the body is not valid JSON');
    for (const body of ['[]', '{"args": "x"}', 'null', '{}']) {
      const answer = await send('/api/listArticles', { method: 'POST', headers: json, body });
      expect(answer.status).toBe(400);
      expect(errorOf(answer).message).toBe('refused: the body must be an object {"args": [...]}');
    }
  });

  it('refuses an oversized body with 413, declared or streamed', async () => {
    const big = JSON.stringify({ args: ['x'.repeat(2000)] });
    const declared = await send('/api/getArticle', { method: 'POST', headers: json, body: big });
    expect(declared.status).toBe(413);
    const streamed = await send('/api/getArticle', {
      method: 'POST',
      headers: { ...json, 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect(errorOf(streamed).message).toBe('refused: the body is larger than 1000 bytes');
  });

  it('refuses methods other than POST on the API and other than GET/HEAD elsewhere with 405', async () => {
    const get = await send('/api/listArticles');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const put = await send('/index.html', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD');
  });
});

describe('browser-mode uploads', () => {
  const upload = (body: string | Buffer, headers: Record<string, string>) => send('/api/uploads', { method: 'POST', headers, body });

  it('streams a file of any size past the API body limit to disk, under an id that startImport imports', async () => {
    const page = `ดาราศาสตร์\n\n${'กล้องโทรทรรศน์ส่องดาว '.repeat(200)}\n\nประวัติ แก้\n\nเนื้อหา\n`;
    expect(Buffer.byteLength(page)).toBeGreaterThan(1000);
    const answer = await upload(page, { 'X-Aksorn-File-Name': encodeURIComponent('ดาราศาสตร์.txt') });
    expect(answer.status).toBe(200);
    const { upload: id } = (JSON.parse(answer.body) as { value: { upload: string } }).value;
    const started = JSON.parse((await call('startImport', [[id]])).body) as { value: { id: string; files: string[] } };
    expect(started.value.files).toEqual(['ดาราศาสตร์.txt']);
    await expect
      .poll(async () => (JSON.parse((await call('listImports', [])).body) as { value: { id: string; state: string }[] }).value.find((job) => job.id === started.value.id)?.state, { timeout: 20_000 })
      .toBe('done');
    expect((JSON.parse((await call('getArticle', ['ดาราศาสตร์'])).body) as { value: { title: string } }).value.title).toBe('ดาราศาสตร์');
  });

  it('refuses an upload without a file name, with a name not URI-encoded, by GET, and from another origin', async () => {
    expect(errorOf(await upload('x', {})).message).toMatch(/names its file in the X-Aksorn-File-Name header/);
    expect((await upload('x', { 'X-Aksorn-File-Name': '%E0%A4' })).status).toBe(400);
    expect((await send('/api/uploads')).status).toBe(405);
    expect((await upload('x', { 'X-Aksorn-File-Name': 'a.txt', Origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('browser-mode static files', () => {
  it('serves the renderer with a strict CSP', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Aksorn</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await send('/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const answer = await send(path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('outside the renderer');
    }
  });

  it('answers a missing file with 404 and the code not-found', async () => {
    const missing = await send('/nothing-here.js');
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
  });
});

describe('browser-mode access token', () => {
  it('refuses the page, the API and the events without the token, with 401', async () => {
    for (const path of ['/', '/assets/app.js', '/api/events']) {
      const answer = await send(path, { headers: { [tokenHeader]: '' } });
      expect(answer.status).toBe(401);
      expect(errorOf(answer).message).toContain('access token');
    }
    expect((await call('getSettings', [], { [tokenHeader]: 'T'.repeat(42) + 'x' })).status).toBe(401);
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie, and sends the browser on without it', async () => {
    const answer = await send(`/?token=${token}&x=1`, { headers: { [tokenHeader]: '' } });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/?x=1');
    expect(answer.headers['set-cookie']).toEqual([`aksorn-token=${token}; HttpOnly; SameSite=Strict; Path=/`]);
    const withCookie = await call('getSettings', [], { [tokenHeader]: '', Cookie: `other=1; aksorn-token=${token}` });
    expect(withCookie.status).toBe(200);
  });

  it('refuses a wrong token in the address, and never redirects to another site', async () => {
    expect((await send('/?token=wrong', { headers: { [tokenHeader]: '' } })).status).toBe(401);
    const sneaky = await send(`/.//evil.example/?token=${token}`);
    expect(sneaky.headers.location).toBe('/evil.example/');
  });

  it('refuses the page of another local server (another port) with 403, and takes its own origin', async () => {
    expect((await call('getSettings', [], { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await call('getSettings', [], { Origin: `http://localhost:${port}` })).status).toBe(200);
  });
});

describe('browser-mode faults are the client\'s, not 500s', () => {
  /** Sends raw bytes and answers the status line. */
  function sendRaw(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
  }

  it.each(['http://[::1', 'http://a:99999/'])('answers the malformed request target %s with 400', async (target) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const status = await sendRaw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${tokenHeader}: ${token}\r\nConnection: close\r\n\r\n`);
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('logs nothing when a client hangs up in the middle of a body', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`POST /api/listArticles HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${tokenHeader}: ${token}\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{"args":`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    // The server notices the hang-up on its next turn.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('browser-mode body limit', () => {
  it('takes back every export Aksorn writes: 1,500 bookmarks with notes, 1.3 MB and more', async () => {
    const core = sampleCore(mkdtempSync(join(tmpdir(), 'aksorn-web-big-')));
    const big = createWebServer({ api: core.api, onEvent: core.onEvent, staticDir: '/nonexistent', token, uploads: core.uploads });
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
    const bigPort = (big.address() as AddressInfo).port;
    try {
      await core.api.addBookmark({ articleId: sampleArticle.id, sectionId: 'lead', paragraph: 0, range: null, name: '', note: '' });
      const file = JSON.parse(await core.api.exportBookmarks()) as { bookmarks: Record<string, unknown>[] };
      const one = file.bookmarks[0]!;
      // Notes with quotes and line breaks: each costs two bytes once the export is a JSON string in the body.
      file.bookmarks = Array.from({ length: 1500 }, (_, n) => ({ ...one, id: `i${n}`, name: `n${n}`, note: `"บันทึก"\n`.repeat(60) }));
      const exported = JSON.stringify(file, null, 2);
      expect(exported.length).toBeGreaterThan(1_300_000);
      const body = JSON.stringify({ args: [exported] });
      const answer = await new Promise<Answer>((resolve, reject) => {
        const request = httpRequest(
          { host: '127.0.0.1', port: bigPort, path: '/api/importBookmarks', method: 'POST', headers: { Host: `127.0.0.1:${bigPort}`, ...withToken, ...json } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { added: 1500, skipped: 0 } });
    } finally {
      await new Promise((resolve) => big.close(resolve));
    }
  });
});
