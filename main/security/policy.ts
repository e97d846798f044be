/**
 * The app's security rules as pure functions: what the window may load,
 * where it may navigate, which links may leave the app, who may call the API.
 *
 * Not in main/electron/: no `electron` import here, so every rule is unit tested under plain Node
 * (tests/unit/security/policy.test.ts) and browser mode sends the same CSP.
 */
import { isAppUrl } from './appOrigin.js';

const policyDirectives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/**
 * The Content-Security-Policy of the renderer, as a response header (the
 * app:// protocol, the shell's session and the browser-mode server send it).
 */
export const contentSecurityPolicy = policyDirectives.join('; ');

/**
 * The same policy as renderer/index.html must carry it in its
 * `<meta http-equiv="Content-Security-Policy">`, a second line of defence
 * should a page ever arrive without the header. Browsers ignore
 * frame-ancestors in a meta tag, so it is left out there (a test keeps
 * index.html in step with this).
 */
export const metaContentSecurityPolicy = policyDirectives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** Headers on every response of the app's own pages, from either transport (app:// and browser mode). */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The only webPreferences the window is created with (see Electron's security checklist). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  } as const;
}

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// Long enough for any article link, short enough not to hand the OS a payload.
const maxExternalUrlLength = 2048;

/**
 * The normalized form of a link that may be opened in the user's browser, or
 * undefined. Only https: with a real DNS name (no credentials, no IP literal,
 * no bare or local host) qualifies: http:, file:, javascript:, data: and
 * custom schemes could run local programs or leak over plain text.
 */
export function safeExternalUrl(url: unknown): string | undefined {
  if (typeof url === 'string' && url.length > maxExternalUrlLength) return undefined;
  const parsed = parse(url);
  if (parsed === undefined || parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  if (!isPublicHostname(parsed.hostname)) return undefined;
  return parsed.href;
}

/** True when {@link safeExternalUrl} accepts the link. */
export function isSafeExternalUrl(url: unknown): boolean {
  return safeExternalUrl(url) !== undefined;
}

function isPublicHostname(hostname: string): boolean {
  const labels = hostname.split('.');
  if (labels.length < 2) return false; // "localhost", "intranet"
  if (labels.some((label) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) return false; // also refuses [::1]
  const top = labels[labels.length - 1] ?? '';
  if (/^[0-9]+$/.test(top)) return false; // an IPv4 literal such as 127.0.0.1
  return !['localhost', 'local', 'internal', 'home', 'lan'].includes(top);
}

export type NavigationDecision = 'allow' | 'deny' | 'open-external';

/**
 * What to do when the window wants to go to `url`: stay if it is inside the
 * app, hand safe https links to the system browser, refuse everything else.
 */
export function navigationDecision(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-external';
  return 'deny';
}

/** True when an IPC message comes from a frame showing the app itself (app://aksorn/, never file://). */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}

/**
 * Response headers with the app's CSP in force, replacing any policy the
 * response brought (header names are case-insensitive, so every spelling goes).
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string | readonly string[]>> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = typeof value === 'string' ? [value] : [...value];
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}

/** What the IPC check needs to know of the frame that sent a message (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Why an IPC message must be refused, or undefined when its sender may call
 * the api: the frame must still exist, be the top-level page (not a subframe)
 * and show the app itself.
 */
export function senderRefusal(frame: SenderFrame | null | undefined): string | undefined {
  if (frame === null || frame === undefined) return 'the sending frame is gone (it navigated or was destroyed)';
  if (frame.parent !== null) return 'only the top-level page may call the api, not a subframe';
  if (!isTrustedSender(frame.url)) {
    return `the sending page ${JSON.stringify(String(frame.url).slice(0, 200))} is not part of the app`;
  }
  return undefined;
}
