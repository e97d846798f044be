import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real module downloads Electron when imported from Node; the shell needs protocol's two calls.
const registerSchemesAsPrivileged = vi.fn();
const handlers = new Map<string, (request: Request) => Promise<Response>>();
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => registerSchemesAsPrivileged(schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../main/electron/protocol.js');

const base = realpathSync(mkdtempSync(join(tmpdir(), 'aksorn-protocol-')));
const root = join(base, 'renderer');
mkdirSync(root);
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aksorn</title>');
writeFileSync(join(base, 'secret.txt'), 'secret');

beforeEach(() => {
  registerSchemesAsPrivileged.mockClear();
  handlers.clear();
});

describe('registerAppScheme', () => {
  it('registers app:// once as standard and secure, with no other privilege', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
  });
});

describe('serveRenderer', () => {
  it('handles app:// and nothing else', () => {
    serveRenderer(root);
    expect([...handlers.keys()]).toEqual(['app']);
  });

  it('answers from the renderer folder given, with the CSP', async () => {
    serveRenderer(root);
    const response = await handlers.get('app')!(new Request('app://aksorn/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Aksorn</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('never answers a file outside it', async () => {
    serveRenderer(root);
    for (const url of ['app://aksorn/..%2fsecret.txt', 'app://aksorn/%252e%252e/secret.txt', 'app://aksorn/../secret.txt']) {
      const response = await handlers.get('app')!(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
