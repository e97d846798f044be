/**
 * The one reader window, hardened: sandboxed renderer behind a preload,
 * loaded from app:// (never file://), a strict CSP, no navigation away from
 * the app, no new windows, no permissions. Safe https links go to the system
 * browser instead.
 */
import { BrowserWindow, session, shell, type Session, type WebContents } from 'electron';
import { appIndexUrl } from '../security/appOrigin.js';
import { navigationDecision, safeExternalUrl, secureWebPreferences, withContentSecurityPolicy } from '../security/policy.js';
import type { ShellPaths } from './paths.js';

/** Opens `url` in the user's browser if the policy accepts it; answers whether it did. */
export function openExternalIfSafe(url: string): boolean {
  const safe = safeExternalUrl(url);
  if (safe === undefined) {
    console.warn(`[aksorn] refused to open ${JSON.stringify(url.slice(0, 200))}: only https links to a public host leave the app`);
    return false;
  }
  void shell.openExternal(safe).catch((error: unknown) => console.warn(`[aksorn] could not open ${safe}:`, error));
  return true;
}

/** Keeps a webContents on the app's pages: in-app navigation stays, safe links open outside, the rest is refused. */
export function guardNavigation(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    const decision = navigationDecision(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalIfSafe(url);
    else console.warn(`[aksorn] blocked navigation to ${JSON.stringify(url.slice(0, 200))}`);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  // A redirect is refused outright: nothing in the bundle redirects, so one means something is wrong.
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

/** Session-wide rules: every permission refused, the CSP header added to every document. */
export function hardenSession(target: Session = session.defaultSession): void {
  // A reader needs no camera, notifications, geolocation, clipboard reading…
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  // app:// answers carry the CSP already; this puts it on any other document a frame might still load.
  target.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType === 'mainFrame' || details.resourceType === 'subFrame') {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
    } else {
      callback({});
    }
  });
}

/** Creates the reader window and loads the renderer from app:// (see protocol.ts); it shows itself once painted. */
export function createMainWindow(paths: ShellPaths): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Aksorn',
    width: 1100,
    height: 800,
    minWidth: 360,
    minHeight: 480,
    show: false,
    // The renderer's page colour (--color-bg in renderer/styles/theme.css): no flash before the first paint.
    backgroundColor: '#faf8f4',
    icon: paths.icon,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(paths.preload),
  });
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appIndexUrl).catch((error: unknown) => {
    console.error(`[aksorn] could not load ${appIndexUrl}:`, error);
    // Show the window anyway, so a failed load does not look like a hung start.
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
