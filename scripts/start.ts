/**
 * `npm start`: builds the app, finds the Electron executable and runs the app
 * in it. When Electron is missing (its download failed at install time) it
 * tries the download once more, then says in plain words what to do instead
 * of letting the electron package throw a stack trace.
 *
 * Usage: npm start [-- --no-build] [-- <arguments for Electron>]
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectronMessage, tryInstallElectron } from './electron-binary.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackageDir = join(projectDir, 'node_modules', 'electron');

function build(): void {
  // Under npm, npm_execpath is npm's own script: running it with node works on every platform.
  const npmCli = process.env.npm_execpath;
  const result =
    npmCli !== undefined && npmCli !== ''
      ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: projectDir, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build'], { cwd: projectDir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error !== undefined) {
    console.error(`Could not run the build: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error('The build failed (see above); not starting Electron.');
    process.exit(result.status ?? 1);
  }
}

function electronBinary(): string {
  let lookup = findElectronBinary(electronPackageDir, process.env);
  let reason: string | undefined;
  if (!lookup.found && lookup.source === 'package') {
    console.log('Electron is not installed yet; trying to download it once…');
    reason = tryInstallElectron(electronPackageDir, process.env).reason;
    lookup = findElectronBinary(electronPackageDir, process.env);
  }
  if (lookup.found) return lookup.path;
  console.error(`\n${missingElectronMessage(lookup, reason)}\n`);
  process.exit(1);
}

function run(binary: string, args: readonly string[]): void {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectDir, ...args], { cwd: projectDir, stdio: 'inherit', env });
  child.on('error', (error) => {
    console.error(`Could not start Electron (${binary}): ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    if (code === null) {
      console.error(`Electron exited with signal ${String(signal)}`);
      process.exit(1);
    }
    process.exit(code);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
}

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
if (!skipBuild) build();
run(
  electronBinary(),
  args.filter((arg) => arg !== '--no-build'),
);
