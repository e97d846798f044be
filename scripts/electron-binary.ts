/**
 * Finds the Electron executable the way the `electron` package does, but
 * without its side effects: requiring `electron` from Node downloads the
 * binary when it is missing and throws a stack trace when that fails. Here a
 * missing binary is an answer, and the caller prints a plain message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type BinaryLookup =
  | { readonly found: true; readonly path: string; readonly source: 'override' | 'package' }
  | { readonly found: false; readonly looked: string; readonly source: 'override' | 'package' };

/** The executable's path inside an Electron dist folder, as the electron package's install.js names it. */
export function executableInDist(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function readPathTxt(packageDir: string): string | undefined {
  try {
    const text = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Where the Electron executable is. `ELECTRON_OVERRIDE_DIST_PATH` (a folder
 * with a local Electron build) wins, as it does for the electron package;
 * otherwise the package's own dist/ as recorded in its path.txt.
 */
export function findElectronBinary(
  packageDir: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): BinaryLookup {
  const recorded = readPathTxt(packageDir);
  const relativePath = recorded ?? executableInDist(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const path = join(override, relativePath);
    const source = 'override';
    return existsSync(path) ? { found: true, path, source } : { found: false, looked: path, source };
  }
  const path = join(packageDir, 'dist', relativePath);
  const source = 'package';
  // Without path.txt the install never finished, whatever dist/ holds.
  return recorded !== undefined && existsSync(path) ? { found: true, path, source } : { found: false, looked: path, source };
}

export interface InstallAttempt {
  readonly ok: boolean;
  /** The error line of what the installer reported, e.g. "TypeError: fetch failed". */
  readonly reason: string | undefined;
}

/**
 * Runs the electron package's own installer once, output captured so that a
 * failed download shows as one line rather than a stack trace.
 */
export function tryInstallElectron(
  packageDir: string,
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 10 * 60 * 1000,
): InstallAttempt {
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    env: { ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.error !== undefined) return { ok: false, reason: result.error.message };
  if (result.status === 0) return { ok: true, reason: undefined };
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // Node prints a location line before the error itself; the "XxxError: …" line is the one that explains.
  const reason = lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines[0];
  return { ok: false, reason: reason ?? `the installer exited with code ${String(result.status ?? result.signal)}` };
}

/** The plain lines shown when there is no Electron to run: what happened and the ways out. */
export function missingElectronMessage(
  lookup: { readonly looked: string; readonly source: 'override' | 'package' },
  reason: string | undefined,
): string {
  const what =
    lookup.source === 'override'
      ? 'ELECTRON_OVERRIDE_DIST_PATH is set, but that folder holds no Electron executable.'
      : 'the Electron binary is not installed and could not be downloaded.';
  return [
    `Aksorn cannot open its window: ${what}`,
    `  Looked for: ${lookup.looked}`,
    ...(reason === undefined ? [] : [`  Download error: ${reason}`]),
    '',
    'Ways out:',
    '  - Set ELECTRON_MIRROR to a mirror you can reach, then run `npm install` (or `npm start`) again,',
    '    e.g. ELECTRON_MIRROR=https://mirror.example/electron/ npm start',
    '  - Set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds a local Electron build, then run `npm start`.',
    '  - Or read now in your browser: `npm run web`.',
  ].join('\n');
}
