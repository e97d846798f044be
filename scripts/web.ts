/** `npm run web`: browser mode — the renderer and the API table over HTTP on 127.0.0.1. */
import Conf from 'conf';
import { resolve } from 'node:path';
import { createCore } from '../main/core.js';
import { StartupError } from '../main/store/startupError.js';
import { newAccessToken } from '../main/web/access.js';
import { createWebServer } from '../main/web/server.js';
import { buildIfNeeded, buildTargets } from './build-if-needed.js';
import { parseWebOptions, webUsage } from './web-options.js';

const root = resolve(import.meta.dirname, '..');

function main(): void {
  if (process.argv.includes('--help')) {
    console.log(webUsage);
    return;
  }
  let options;
  try {
    options = parseWebOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`aksorn web: ${(error as Error).message}\n${webUsage}`);
    process.exit(2);
  }
  buildIfNeeded(root, buildTargets.app);
  let core;
  try {
    core = createCore({ dataDir: resolve(root, 'out/data'), userDataDir: options.userDataDir, Store: Conf, program: 'browser mode' });
  } catch (error) {
    // A StartupError says what is wrong and where in one paragraph; anything else is a bug, with its stack.
    console.error(error instanceof StartupError ? `aksorn web: ${error.message}` : error);
    process.exit(1);
  }
  void core.api.getNotices().then((notices) => notices.forEach((notice) => console.warn(`notice: ${JSON.stringify(notice)}`)));
  const token = options.token ?? newAccessToken();
  const server = createWebServer({ api: core.api, onEvent: core.onEvent, staticDir: resolve(root, 'out/renderer'), token, uploads: core.uploads });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${options.port} is in use; try --port N` : error.message;
    console.error(`aksorn web: cannot listen on 127.0.0.1: ${reason}`);
    process.exit(1);
  });
  // Loopback only: browser mode must never be reachable from the network.
  server.listen(options.port, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    // The token is in the address: only who can read this terminal can open the reader.
    console.log(`Aksorn — browser mode: http://127.0.0.1:${port}/?token=${token}`);
    console.log(`User data: ${options.userDataDir}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
