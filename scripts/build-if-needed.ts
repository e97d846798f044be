/** Runs `npm run build` when the built output is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceDirs = ['main', 'renderer', 'data/articles'];

export const builtFiles = ['out/renderer/index.html', 'out/data/library.json'];

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

/** True when a built file is missing or a source changed after the oldest built file. */
export function isBuildStale(root: string): boolean {
  const built = builtFiles.map((file) => join(root, file));
  if (!built.every((file) => existsSync(file))) return true;
  const oldestBuild = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const newestSource = Math.max(...sourceDirs.map((dir) => join(root, dir)).filter(existsSync).map(newestMtime));
  return newestSource > oldestBuild;
}

export function buildIfNeeded(root: string): void {
  if (!isBuildStale(root)) return;
  console.log('Building Aksorn (sources changed since the last build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
