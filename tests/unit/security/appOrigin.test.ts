import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appIndexUrl, appOrigin, appSchemePrivileges, isAppUrl } from '../../../main/security/appOrigin.js';

describe('the app origin', () => {
  it('is app://aksorn, and the window loads its index.html', () => {
    expect(appOrigin).toBe('app://aksorn');
    expect(appIndexUrl).toBe('app://aksorn/index.html');
  });

  it('registers app:// as standard and secure, and grants nothing else', () => {
    expect(appSchemePrivileges).toEqual({ standard: true, secure: true });
  });
});

describe('isAppUrl', () => {
  it.each([
    appIndexUrl,
    `${appIndexUrl}#section-history`,
    `${appIndexUrl}?lang=en`,
    'app://aksorn/',
    'app://aksorn/assets/index-abc123.js',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['the bundle opened from file://', 'file:///opt/aksorn/out/renderer/index.html'],
    ['any file', 'file:///etc/passwd'],
    ['another host on the scheme', 'app://evil/index.html'],
    ['a host that only starts like ours', 'app://aksorn.evil/index.html'],
    ['a port', 'app://aksorn:8080/index.html'],
    ['credentials', 'app://user:pass@aksorn/index.html'],
    ['a dot-dot left in the path', 'app://aksorn/assets/..%2f..%2fmain/app.js'],
    ['double encoding', 'app://aksorn/%252e%252e/main/app.js'],
    ['a backslash', 'app://aksorn/assets\\..\\..\\main.js'],
    ['no path at all', 'app://aksorn'],
    ['another scheme with our host', 'https://aksorn/index.html'],
    ['http', 'http://127.0.0.1:5173/index.html'],
    ['a malformed URL', 'not a url'],
    ['a non-string', 42],
    ['undefined', undefined],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses every URL of another scheme or host, whatever its path', () => {
    const foreign = fc.tuple(
      fc.constantFrom('file', 'http', 'https', 'data', 'javascript', 'app', 'appx', 'blob'),
      fc.constantFrom('', 'aksorn', 'aksorn.evil', 'evil', 'aksorn:1', 'AKSORN', 'localhost', 'aksorn@evil'),
      fc.webPath(),
    );
    fc.assert(
      fc.property(foreign, ([scheme, host, path]) => {
        fc.pre(!(scheme === 'app' && host === 'aksorn'));
        expect(isAppUrl(`${scheme}://${host}${path}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
