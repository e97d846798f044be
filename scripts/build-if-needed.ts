/** Runs a build script when its output is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtDataFiles } from '../main/built.js';

interface BuildTarget {
  readonly script: string;
  readonly sources: readonly string[];
  readonly outputs: readonly string[];
}

/** The whole app (browser mode, Electron), or only the data (the CLI). */
export const buildTargets = {
  app: {
    script: 'build',
    sources: ['main', 'renderer', 'data/articles'],
    outputs: ['out/renderer/index.html', ...builtDataFiles('out/data')],
  },
  data: {
    script: 'build:data',
    sources: ['main/library', 'main/search', 'main/built.ts', 'data/articles'],
    outputs: builtDataFiles('out/data'),
  },
} as const satisfies Record<string, BuildTarget>;

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

/** True when an output is missing or a source changed after the oldest output. */
export function isBuildStale(root: string, target: BuildTarget): boolean {
  const outputs = target.outputs.map((file) => join(root, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestSource = Math.max(...target.sources.map((dir) => join(root, dir)).filter(existsSync).map(newestMtime));
  return newestSource > oldestOutput;
}

export function buildIfNeeded(root: string, target: BuildTarget): void {
  if (!isBuildStale(root, target)) return;
  // Progress goes to stderr, so that a command's own output (say, JSON) stays clean.
  console.error('Building Aksorn (sources changed since the last build)…');
  const result = spawnSync('npm', ['run', '--silent', target.script], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
