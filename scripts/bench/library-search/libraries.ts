/**
 * The libraries the bench searches, imported once and kept: a seeded dump
 * (scripts/bench/dump/, itself cached) imported through the real importer
 * (`aksorn import`) into a user-data folder under the cache, named by size,
 * seed and schema version, so a rerun reuses it and a new schema imports
 * anew. A folder is written under a temporary name and renamed when whole.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { schemaVersion } from '../../../main/db/schema.js';
import { libraryFileIn } from '../../../main/userData.js';
import { generateDump } from '../dump/dump.js';

const root = resolve(import.meta.dirname, '../../..');

export interface LibraryPlace {
  readonly size: number;
  readonly seed: number;
  /** The cached folder: user-data/ (what `aksorn import` wrote), the FTS5 copy, and what making them took. */
  readonly dir: string;
  readonly dbFile: string;
}

/** Seconds the import took, when this run made it (undefined when it came from the cache). */
export interface Imported {
  readonly place: LibraryPlace;
  readonly importSeconds: number | undefined;
}

/** The cache's name for a library: everything its bytes depend on. */
export function libraryKey(size: number, seed: number, schema = schemaVersion): string {
  return `th-${size}-seed${seed}-schema${schema}`;
}

export function libraryPlace(cacheDir: string, size: number, seed: number): LibraryPlace {
  const dir = join(cacheDir, libraryKey(size, seed));
  return { size, seed, dir, dbFile: libraryFileIn(join(dir, 'user-data')) };
}

/** The dump of `size` articles, written when missing (the library bench's cache and names). */
async function dumpFile(dumpsDir: string, size: number, seed: number, log: (line: string) => void): Promise<string> {
  mkdirSync(dumpsDir, { recursive: true });
  const file = join(dumpsDir, `th-${size}-seed${seed}.xml.bz2`);
  if (!existsSync(file)) {
    log(`writing ${file}…`);
    await generateDump({ articles: size, seed, out: file });
  }
  return file;
}

/** The cached library, imported first when missing. */
export async function ensureLibrary(
  { cacheDir, dumpsDir, size, seed }: { cacheDir: string; dumpsDir: string; size: number; seed: number },
  log: (line: string) => void,
): Promise<Imported> {
  const place = libraryPlace(cacheDir, size, seed);
  const done = join(place.dir, 'imported.json');
  if (existsSync(done)) return { place, importSeconds: undefined };
  const dump = await dumpFile(dumpsDir, size, seed, log);
  const partial = `${place.dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(place.dir, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`importing ${dump} through \`aksorn import\` into ${place.dir}…`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'aksorn.ts'), 'import', '--user-data', join(partial, 'user-data'), dump], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const importSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`aksorn import of ${dump} failed (${result.signal ?? `exit code ${result.status}`})`);
  }
  // The command names the folder it wrote, which is about to be renamed.
  const summary = result.stdout.trim().replace(partial, place.dir);
  writeFileSync(join(partial, 'imported.json'), `${JSON.stringify({ dump, importSeconds, summary })}\n`);
  renameSync(partial, place.dir);
  log(`imported in ${importSeconds.toFixed(0)} s: ${summary}`);
  return { place, importSeconds };
}

/** What the cache remembers of how a library was made. */
export function importRecord(place: LibraryPlace): { readonly importSeconds: number; readonly summary: string } {
  return JSON.parse(readFileSync(join(place.dir, 'imported.json'), 'utf8')) as { importSeconds: number; summary: string };
}
