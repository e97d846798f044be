/**
 * Which file of a folder a URL path names: the one gate in front of the built
 * renderer, for the app:// protocol and for browser mode alike.
 *
 * A doubtful path is refused, never repaired: repairing is how `..%2f` and
 * `%252e` slip through. Plain Node, so it is unit and property tested under Node
 * (tests/unit/security/staticPath.test.ts).
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

// Longer than any path in the bundle; a longer one is an attack or a mistake.
const maxUrlPathLength = 1024;

// Decoded, a segment may not hold a separator (/ \), a drive or stream colon (C:, ::$DATA),
// a `%` (it was encoded twice) or a control character (NUL ends a path in C).
// eslint-disable-next-line no-control-regex
const forbiddenCharacters = /[/\\:%\u0000-\u001f\u007f]/;

// Windows opens a device, not a file, for these names in any folder.
const windowsDeviceName = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/**
 * The decoded segments of a URL path, or undefined when it is refused. `/`
 * names index.html. Refused: a path not starting with `/`, an empty segment
 * (`//`, a trailing `/`), `.` and `..` (also encoded, `%2e%2e`), a backslash,
 * an encoded separator (`%2f`, `%5c`), double encoding (`%252e`), malformed
 * escapes, colons, control characters and Windows device names.
 */
export function staticPathSegments(urlPath: string): readonly string[] | undefined {
  if (typeof urlPath !== 'string' || !urlPath.startsWith('/') || urlPath.length > maxUrlPathLength) return undefined;
  if (urlPath === '/') return ['index.html'];
  const segments: string[] = [];
  for (const raw of urlPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined; // a malformed escape such as %E0%A4%A
    }
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    if (forbiddenCharacters.test(segment) || windowsDeviceName.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** True when `path` lies strictly inside `folder` (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * The real path of the regular file `urlPath` names inside `root`, or
 * undefined: refused by {@link staticPathSegments}, missing, a folder, or a
 * symlink (of the file or of a folder on the way) whose target is outside the
 * real root.
 */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string | undefined> {
  const segments = staticPathSegments(urlPath);
  if (segments === undefined) return undefined;
  const candidate = join(root, ...segments);
  if (!isInside(root, candidate)) return undefined;
  try {
    // Compare real paths: a link inside the folder may point anywhere.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return undefined;
    return (await stat(realFile)).isFile() ? realFile : undefined;
  } catch {
    return undefined; // missing, unreadable, or a link loop
  }
}
