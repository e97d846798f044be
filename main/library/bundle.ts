/**
 * The built data: bundled article sources parsed once at build time and
 * written as one JSON file, so that start-up never re-parses them.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../contract.js';

const bundleFileName = 'library.json';
const bundleFormatVersion = 1;

interface LibraryBundle {
  readonly formatVersion: number;
  readonly articles: readonly Article[];
}

export function bundlePath(dataDir: string): string {
  return join(dataDir, bundleFileName);
}

/** Writes the bundle atomically (temp file + rename), so a reader never sees half a file. */
export function writeBundle(dataDir: string, articles: readonly Article[]): string {
  mkdirSync(dataDir, { recursive: true });
  const target = bundlePath(dataDir);
  const bundle: LibraryBundle = { formatVersion: bundleFormatVersion, articles };
  writeFileSync(`${target}.tmp`, JSON.stringify(bundle));
  renameSync(`${target}.tmp`, target);
  return target;
}

/** Reads the bundle; a missing or foreign file gets an error that says how to rebuild. */
export function readBundle(dataDir: string): readonly Article[] {
  const file = bundlePath(dataDir);
  let bundle: Partial<LibraryBundle>;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8')) as Partial<LibraryBundle>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : 'it is not valid JSON';
    throw new Error(`cannot load the built library ${file}: ${reason}; run "npm run build"`, { cause: error });
  }
  if (bundle.formatVersion !== bundleFormatVersion || !Array.isArray(bundle.articles)) {
    throw new Error(`cannot load the built library ${file}: unknown format; run "npm run build"`);
  }
  return bundle.articles;
}
