/**
 * The app:// scheme the window loads the renderer from, instead of file://.
 * Two steps because Electron wants them at two moments: the scheme's
 * privileges before the app is ready, the handler after.
 */
import { protocol } from 'electron';
import { answerAppRequest } from '../appProtocol.js';
import { appScheme, appSchemePrivileges } from '../security/appOrigin.js';

/** Before ready (Electron accepts this once, and only then): app:// as a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }]);
}

/** After ready: every app:// request is answered from the built renderer folder, through the path gate. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, (request) => answerAppRequest(request, rendererRoot));
}
