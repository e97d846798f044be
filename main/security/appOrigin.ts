/**
 * The app's own origin. The window loads the renderer from app://aksorn/
 * (served by main/electron/protocol.ts), never from file://: a file:// page
 * shares its origin with every file on the disk, a custom scheme only with the
 * bundle (Electron's security checklist, item 18).
 */
import { staticPathSegments } from './staticPath.js';

export const appScheme = 'app';
export const appHost = 'aksorn';
export const appOrigin = `${appScheme}://${appHost}`;
/** What the window loads. */
export const appIndexUrl = `${appOrigin}/index.html`;

/**
 * How app:// is registered before ready. `standard` gives it a real origin, so
 * CSP 'self', relative URLs and same-origin module scripts work; `secure`
 * makes it a secure context like https. Nothing more: not bypassCSP, not
 * corsEnabled (other origins may not read it), no fetch API, no service
 * workers, no code cache, no extensions.
 */
export const appSchemePrivileges = { standard: true, secure: true } as const;

/**
 * True when `url` is a page of the app: app://aksorn/ with no port or
 * credentials, and a path the protocol would serve (no dot segments, encoded
 * separators or other tricks; see staticPath.ts). Fragments and queries are
 * allowed: they stay on the page.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = typeof url === 'string' ? URL.parse(url) : null;
  if (parsed === null || parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return staticPathSegments(parsed.pathname) !== undefined;
}
