/** Browser mode on a user-data folder, and the system Chromium to drive it: what the in-browser measurements share. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';

const root = resolve(import.meta.dirname, '../..');

export interface BrowserMode {
  /** The reader's address, with the access token. */
  readonly url: string;
  stop(): void;
}

/** Starts `scripts/web.ts` on `userData` and resolves once it serves. */
export async function startBrowserMode(userData: string, port: number): Promise<BrowserMode> {
  const token = 'bench-token-0123456789abcdefghijklmnopq';
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'scripts/web.ts'), '--port', String(port), '--user-data', userData, '--token', token],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready, fail) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('browser mode') && ready());
    server.on('exit', (code) => fail(new Error(`browser mode stopped (exit code ${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/?token=${token}`, stop: () => server.kill() };
}

/** The Debian Chromium, as the e2e tests run it (never a downloaded one). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
