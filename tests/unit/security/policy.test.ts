import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isSafeExternalUrl,
  isTrustedSender,
  metaContentSecurityPolicy,
  navigationDecision,
  safeExternalUrl,
  securityHeaders,
  secureWebPreferences,
  senderRefusal,
  withContentSecurityPolicy,
} from '../../../main/security/policy.js';

const indexUrl = 'app://aksorn/index.html';
// Where the renderer was before app://: a page there must no longer count as the app.
const bundleFileUrl = 'file:///opt/aksorn/out/renderer/index.html';

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

describe('securityHeaders', () => {
  it('carry the CSP, nosniff, no referrer and same-origin isolation', () => {
    expect(securityHeaders).toEqual({
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
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
    expect(navigationDecision(`${indexUrl}#references`)).toBe('allow');
  });

  it('opens safe https links externally', () => {
    expect(navigationDecision('https://th.wikipedia.org/wiki/Thailand')).toBe('open-external');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    bundleFileUrl,
    'app://evil/index.html',
    'app://aksorn/..%2fmain/app.js',
    'javascript:alert(1)',
    'data:text/html,hi',
    'garbage',
  ])('denies %s', (url) => {
    expect(navigationDecision(url)).toBe('deny');
  });
});

describe('isTrustedSender', () => {
  it('trusts the app document', () => {
    expect(isTrustedSender(indexUrl)).toBe(true);
  });

  it.each(['https://example.com/', 'about:blank', '', 'file:///tmp/evil.html', bundleFileUrl, 'app://evil/', undefined, null])(
    'refuses %s',
    (url) => {
      expect(isTrustedSender(url)).toBe(false);
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
    expect(senderRefusal({ url: indexUrl, parent: null })).toBeUndefined();
  });

  it.each([
    ['a missing frame', undefined, /gone/],
    ['a destroyed frame', null, /gone/],
    ['a subframe of the app', { url: indexUrl, parent: {} }, /top-level/],
    ['a foreign page', { url: 'https://example.com/', parent: null }, /"https:\/\/example.com\/" is not part of the app/],
    ['the bundle opened from file://', { url: bundleFileUrl, parent: null }, /is not part of the app/],
  ])('refuses %s', (_label, frame, why) => {
    expect(senderRefusal(frame)).toMatch(why);
  });
});
