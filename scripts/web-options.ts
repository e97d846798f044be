/** Command-line options of browser mode (`npm run web -- --port N --user-data DIR`). */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const defaultPort = 4816;

export interface WebOptions {
  readonly port: number;
  readonly userDataDir: string;
  /** The access token to use instead of a new random one (tests set it; see main/web/access.ts). */
  readonly token?: string;
}

export const webUsage = `usage: npm run web -- [--port N] [--user-data DIR] [--token T]
  --port N         the port on 127.0.0.1 (default ${defaultPort}; 0 picks a free one)
  --user-data DIR  where bookmarks, reading position and settings are kept
  --token T        the access token (at least 32 characters; default: a new random one each run)`;

/** Parses the arguments; throws an Error with a one-line message when they are wrong. */
export function parseWebOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WebOptions {
  const values = parseFlags(argv);
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  const userData = values['user-data'];
  if (userData === '') throw new Error('--user-data must name a folder');
  const token = values.token;
  if (token !== undefined && !/^[A-Za-z0-9_-]{32,}$/.test(token)) {
    throw new Error('--token must be at least 32 letters, digits, "-" or "_"');
  }
  const userDataDir = userData === undefined ? defaultUserDataDir(env) : resolve(userData);
  return token === undefined ? { port, userDataDir } : { port, userDataDir, token };
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, 'user-data': { type: 'string' }, token: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // node:util's messages run over several lines; the first says what is wrong.
    throw new Error((error as Error).message.split('\n')[0], { cause: error });
  }
}

/** Browser mode keeps its own folder beside the desktop app's, in the platform's config place. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return join(appUserDataDir(env, platform), 'browser-mode');
}

/** The desktop app's own folder (Electron's userData for the product "Aksorn"): the CLI's default. */
export function appUserDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Aksorn');
}
