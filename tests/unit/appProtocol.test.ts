import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../main/appProtocol.js';
import { contentSecurityPolicy } from '../../main/security/policy.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'aksorn-app-protocol-')));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aksorn</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'secret');
symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'));

function get(url: string, method = 'GET'): Promise<Response> {
  return answerAppRequest(new Request(url, { method }), root);
}

describe('answerAppRequest', () => {
  it('serves index.html for the app origin, with the CSP and nosniff', async () => {
    const response = await get('app://aksorn/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Aksorn</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript (module scripts need the right type)', async () => {
    const response = await get('app://aksorn/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://aksorn/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://aksorn/../secret.txt',
    'app://aksorn/%2e%2e/secret.txt',
    'app://aksorn/..%2fsecret.txt',
    'app://aksorn/assets/..%2f..%2fsecret.txt',
    'app://aksorn/%252e%252e/secret.txt',
    'app://aksorn/..%5csecret.txt',
    'app://aksorn/leak.txt',
    'app://aksorn/index.html%00',
    'app://aksorn//etc/passwd',
    'app://aksorn/assets',
    'app://aksorn/missing.js',
  ])('answers 404 for %s, and never the secret', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it.each(['app://evil/index.html', 'app://aksorn:8080/index.html', 'https://aksorn/index.html'])(
    'answers 404 for another origin: %s',
    async (url) => {
      expect((await get(url)).status).toBe(404);
    },
  );

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await get('app://aksorn/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
