/**
 * Answers the window's app:// requests from the built renderer folder. Plain
 * Node (a fetch Request in, a Response out), so it is tested without Electron;
 * main/electron/protocol.ts only hands it to `protocol.handle`.
 */
import { appHost, appScheme } from './security/appOrigin.js';
import { securityHeaders } from './security/policy.js';
import { readStaticFile } from './static.js';

function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...securityHeaders, ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The file an app:// request names, with the CSP and the other security
 * headers; 404 for any other host or a path the gate refuses (the same answer
 * as a missing file, so nothing is learnt about the disk), 405 for anything
 * but GET and HEAD.
 */
export async function answerAppRequest(request: Request, rendererRoot: string): Promise<Response> {
  const url = URL.parse(request.url);
  if (url === null || url.protocol !== `${appScheme}:` || url.host !== appHost) return refusal(404, 'not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refusal(405, `${request.method} is not allowed`, { Allow: 'GET, HEAD' });
  }
  const file = await readStaticFile(rendererRoot, url.pathname);
  if (file === undefined) return refusal(404, 'not found');
  return new Response(request.method === 'HEAD' ? null : file.body, {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) },
  });
}
