import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInside, resolveStaticPath, staticPathSegments } from '../../../main/security/staticPath.js';

// base/secret.txt sits beside the root; base/root holds the bundle and links, some of them leading out.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'aksorn-static-')));
const root = join(base, 'root');
const secret = join(base, 'secret.txt');
mkdirSync(join(root, 'assets', 'fonts'), { recursive: true });
writeFileSync(secret, 'secret');
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'fonts', 'sarabun-thai-400.woff2'), 'font');
writeFileSync(join(root, 'ไทย.txt'), 'thai');
symlinkSync(secret, join(root, 'leak.txt'));
symlinkSync(base, join(root, 'up'));
symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));

const bundleFiles = ['index.html', 'assets/app.js', 'assets/fonts/sarabun-thai-400.woff2', 'ไทย.txt', 'alias.js'];

describe('staticPathSegments', () => {
  it.each([
    ['/', ['index.html']],
    ['/index.html', ['index.html']],
    ['/assets/app.js', ['assets', 'app.js']],
    ['/assets/index-BQI6sYA_.js', ['assets', 'index-BQI6sYA_.js']],
    ['/%E0%B9%84%E0%B8%97%E0%B8%A2.txt', ['ไทย.txt']],
    ['/a%20b.css', ['a b.css']],
    ['/..foo', ['..foo']],
  ])('reads %s', (path, segments) => {
    expect(staticPathSegments(path)).toEqual(segments);
  });

  it.each([
    ['no leading slash', 'index.html'],
    ['an empty path', ''],
    ['dot-dot', '/../secret.txt'],
    ['dot-dot inside', '/assets/../../secret.txt'],
    ['a dot', '/./index.html'],
    ['encoded dot-dot', '/%2e%2e/secret.txt'],
    ['encoded dot-dot, mixed case', '/%2E%2e/secret.txt'],
    ['half-encoded dot-dot', '/.%2e/secret.txt'],
    ['an encoded slash', '/assets/..%2f..%2fsecret.txt'],
    ['an encoded slash, upper case', '/..%2F..%2Fsecret.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
    ['a backslash', '/..\\secret.txt'],
    ['double encoding of dot-dot', '/%252e%252e/secret.txt'],
    ['double encoding of a slash', '/..%252fsecret.txt'],
    ['an absolute path after the slash', '//etc/passwd'],
    ['an encoded absolute path', '/%2fetc%2fpasswd'],
    ['a Windows drive', '/C:/Windows/win.ini'],
    ['an encoded Windows drive', '/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS stream', '/index.html::$DATA'],
    ['a NUL byte', '/index.html%00.png'],
    ['a raw NUL byte', '/index.html\0'],
    ['a control character', '/index%0a.html'],
    ['a malformed escape', '/%E0%A4%A'],
    ['a lone percent sign', '/100%'],
    ['a trailing slash', '/assets/'],
    ['an empty segment', '/assets//app.js'],
    ['a Windows device', '/con'],
    ['a Windows device with an extension', '/assets/NUL.txt'],
    ['a huge path', `/${'a'.repeat(2000)}`],
  ])('refuses %s', (_label, path) => {
    expect(staticPathSegments(path)).toBeUndefined();
  });
});

describe('isInside', () => {
  it.each([
    [resolve('/r/a'), true],
    [resolve('/r/..a'), true],
    [resolve('/r'), false],
    [resolve('/'), false],
    [resolve('/r2/a'), false],
    [resolve('/x/r/a'), false],
  ])('%s inside /r: %s', (path, expected) => {
    expect(isInside(resolve('/r'), path)).toBe(expected);
  });
});

describe('resolveStaticPath', () => {
  it.each(bundleFiles)('finds /%s', async (file) => {
    const path = `/${file.split('/').map(encodeURIComponent).join('/')}`;
    expect(await resolveStaticPath(root, path)).toBe(realpathSync(join(root, file)));
  });

  it('judges a link by where it lands: out and back in is the file inside', async () => {
    expect(await resolveStaticPath(root, '/up/root/index.html')).toBe(join(root, 'index.html'));
  });

  it('answers index.html for /', async () => {
    expect(await resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['a symlinked file leading out', '/leak.txt'],
    ['a symlinked folder leading out', '/up/secret.txt'],
    ['a folder', '/assets'],
    ['a missing file', '/nothing.js'],
    ['dot-dot', '/../secret.txt'],
    ['encoded dot-dot', '/%2e%2e/secret.txt'],
  ])('refuses %s', async (_label, path) => {
    expect(await resolveStaticPath(root, path)).toBeUndefined();
  });

  it('refuses everything when the root itself is missing', async () => {
    expect(await resolveStaticPath(join(base, 'missing'), '/index.html')).toBeUndefined();
  });
});

// Pieces an attacker would combine: traversal in every spelling, separators, NULs, and real names.
const hostilePiece = fc.constantFrom(
  '..', '.', '', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%25252e%25252e',
  '%2f', '%2F', '%5c', '%5C', '%252f', '\\', '..\\..', '%00', '\0', ':', 'C:', '%3a',
  'up', 'leak.txt', 'secret.txt', 'root', 'assets', 'index.html', 'app.js', '%2e%2e%2fsecret.txt',
);
const anyPiece = fc.oneof(hostilePiece, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const hostilePath = fc.array(anyPiece, { minLength: 1, maxLength: 6 }).map((pieces) => `/${pieces.join('/')}`);

/** Percent-encodes each character of `text` or not, at random, in either case, once or twice. */
const randomlyEncoded = (text: string) =>
  fc.array(fc.constantFrom('plain', 'lower', 'upper', 'twice'), { minLength: text.length, maxLength: text.length }).map((choices) =>
    [...text]
      .map((character, index) => {
        const choice = choices[index];
        if (choice === 'plain' || character.charCodeAt(0) > 0x7f) return encodeURIComponent(character);
        const hex = character.charCodeAt(0).toString(16).padStart(2, '0');
        if (choice === 'twice') return `%25${hex}`;
        return `%${choice === 'upper' ? hex.toUpperCase() : hex}`;
      })
      .join(''),
  );

describe('resolveStaticPath, property tests', () => {
  it('never answers a path outside the real root, whatever the pieces', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, async (path) => {
        const file = await resolveStaticPath(root, path);
        expect(file === undefined || isInside(root, file)).toBe(true);
        expect(file).not.toBe(secret);
      }),
      { numRuns: 500 },
    );
  });

  it('never answers a path outside the root for traversal encoded at random', async () => {
    const traversal = fc.constantFrom('../secret.txt', '../../secret.txt', 'assets/../../secret.txt', '..\\secret.txt', '/etc/passwd');
    await fc.assert(
      fc.asyncProperty(traversal.chain(randomlyEncoded), async (encoded) => {
        const file = await resolveStaticPath(root, `/${encoded}`);
        expect(file === undefined || isInside(root, file)).toBe(true);
        expect(file).not.toBe(secret);
      }),
      { numRuns: 500 },
    );
  });

  it('segments it accepts always join to a path inside any root', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const segments = staticPathSegments(path);
        if (segments !== undefined) expect(isInside(resolve('/r'), join(resolve('/r'), ...segments))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('still finds every bundle file however its name is encoded once', async () => {
    const fileAndSpelling = fc.constantFrom(...bundleFiles).chain((file) =>
      fc.tuple(fc.constant(file), fc.tuple(...file.split('/').map((part) => randomlyEncoded(part).filter((s) => !s.includes('%25'))))),
    );
    await fc.assert(
      fc.asyncProperty(fileAndSpelling, async ([file, parts]) => {
        expect(await resolveStaticPath(root, `/${parts.join('/')}`)).toBe(realpathSync(join(root, file)));
      }),
      { numRuns: 200 },
    );
  });
});
