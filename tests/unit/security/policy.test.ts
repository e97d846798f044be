import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  metaContentSecurityPolicy,
  navigationDecision,
  safeExternalUrl,
  secureWebPreferences,
  senderRefusal,
  withContentSecurityPolicy,
} from '../../../main/security/policy.js';

const appRoot = resolve('/opt/aksorn/out/renderer');
const indexUrl = pathToFileURL(resolve(appRoot, 'index.html')).href;

describe('contentSecurityPolicy', () => {
  it('is the strict policy the renderer meta tag uses', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is what renderer/index.html carries in its meta tag, less the header-only frame-ancestors', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(metaContentSecurityPolicy);
    expect(metaContentSecurityPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });

  it('allows no inline or eval script', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });
});

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/opt/aksorn/out/preload/preload.cjs');

  it('uses the given preload', () => {
    expect(prefs.preload).toBe('/opt/aksorn/out/preload/preload.cjs');
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('sets nothing else', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'preload',
        'contextIsolation',
        'sandbox',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'webSecurity',
        'allowRunningInsecureContent',
        'webviewTag',
        'spellcheck',
        'experimentalFeatures',
        'navigateOnDragDrop',
      ].sort(),
    );
  });
});

describe('isAppUrl', () => {
  it.each([
    indexUrl,
    `${indexUrl}#section-history`,
    `${indexUrl}?lang=en`,
    pathToFileURL(resolve(appRoot, 'assets/index-abc123.js')).href,
  ])('accepts %s', (url) => {
    expect(isAppUrl(url, appRoot)).toBe(true);
  });

  it.each([
    ['a file outside the renderer folder', pathToFileURL(resolve('/opt/aksorn/out/main/app.js')).href],
    ['a sibling folder sharing the prefix', pathToFileURL(resolve('/opt/aksorn/out/renderer-evil/index.html')).href],
    ['a dot-dot escape', `${pathToFileURL(appRoot).href}/../main/app.js`],
    ['an encoded dot-dot escape', `${pathToFileURL(appRoot).href}/%2e%2e/main/app.js`],
    ['an encoded slash', `${pathToFileURL(appRoot).href}/..%2fmain%2fapp.js`],
    ['the folder itself', pathToFileURL(appRoot).href],
    ['a network share', 'file://evil.example/opt/aksorn/out/renderer/index.html'],
    ['http', 'http://127.0.0.1:5173/index.html'],
    ['https', 'https://th.wikipedia.org/'],
    ['a malformed URL', 'not a url'],
    ['a non-string', 42],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url, appRoot)).toBe(false);
  });
});

describe('safeExternalUrl / isSafeExternalUrl', () => {
  it.each([
    'https://th.wikipedia.org/wiki/%E0%B8%81',
    'https://example.com',
    'https://sub.example.co.th/path?q=1#frag',
    'https://xn--12c1bij4d1a0fza6gi5c.com/',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it('answers the normalized URL', () => {
    expect(safeExternalUrl('  HTTPS://Example.COM/a b ')).toBe('https://example.com/a%20b');
  });

  it.each([
    ['http', 'http://example.com/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb', 'smb://example.com/share'],
    ['credentials', 'https://user:pass@example.com/'],
    ['a user name only', 'https://user@example.com/'],
    ['localhost', 'https://localhost/'],
    ['a bare host', 'https://intranet/'],
    ['an IPv4 literal', 'https://127.0.0.1/'],
    ['an IPv6 literal', 'https://[::1]/'],
    ['a .local host', 'https://printer.local/'],
    ['a malformed URL', 'https//example.com'],
    ['an empty string', ''],
    ['a non-string', { href: 'https://example.com' }],
    ['a huge URL', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(safeExternalUrl(url)).toBeUndefined();
  });
});

describe('navigationDecision', () => {
  it('allows staying in the app, e.g. a fragment of the same document', () => {
    expect(navigationDecision(`${indexUrl}#references`, appRoot)).toBe('allow');
  });

  it('opens safe https links externally', () => {
    expect(navigationDecision('https://th.wikipedia.org/wiki/Thailand', appRoot)).toBe('open-external');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    pathToFileURL(resolve('/opt/aksorn/out/main/app.js')).href,
    'garbage',
  ])('denies %s', (url) => {
    expect(navigationDecision(url, appRoot)).toBe('deny');
  });
});

describe('isTrustedSender', () => {
  it('trusts the app document', () => {
    expect(isTrustedSender(indexUrl, appRoot)).toBe(true);
  });

  it.each(['https://example.com/', 'about:blank', '', 'file:///tmp/evil.html', undefined, null])(
    'refuses %s',
    (url) => {
      expect(isTrustedSender(url, appRoot)).toBe(false);
    },
  );
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy to headers that have none', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('replaces any policy in any spelling and keeps the rest', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *"],
      'CONTENT-SECURITY-POLICY': "script-src 'unsafe-eval'",
      'Content-Type': 'text/html',
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe('senderRefusal', () => {
  it('accepts the top-level app page', () => {
    expect(senderRefusal({ url: indexUrl, parent: null }, appRoot)).toBeUndefined();
  });

  it.each([
    ['a missing frame', undefined, /gone/],
    ['a destroyed frame', null, /gone/],
    ['a subframe of the app', { url: indexUrl, parent: {} }, /top-level/],
    ['a foreign page', { url: 'https://example.com/', parent: null }, /"https:\/\/example.com\/" is not part of the app/],
  ])('refuses %s', (_label, frame, why) => {
    expect(senderRefusal(frame, appRoot)).toMatch(why);
  });
});
