/**
 * The built data in out/data: bundled article sources parsed once at build
 * time, so that start-up never re-parses them. (Search reads the library
 * database's own index: nothing of it is built here.)
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../common/article.js';

const builtFormatVersion = 1;
const files = { articles: 'library.json' } as const;

export interface BuiltData {
  readonly articles: readonly Article[];
}

/** The files the build writes, for checks that they exist and are fresh. */
export function builtDataFiles(dataDir: string): string[] {
  return Object.values(files).map((name) => join(dataDir, name));
}

export function writeBuiltData(dataDir: string, data: BuiltData): void {
  mkdirSync(dataDir, { recursive: true });
  writeJsonAtomic(join(dataDir, files.articles), { formatVersion: builtFormatVersion, articles: data.articles });
}

/** Reads the built data; a missing or foreign file gets an error that says how to rebuild. */
export function readBuiltData(dataDir: string): BuiltData {
  const library = readJson(join(dataDir, files.articles)) as { formatVersion?: unknown; articles?: unknown };
  if (library.formatVersion !== builtFormatVersion || !Array.isArray(library.articles)) {
    throw new Error(`cannot load the built library ${join(dataDir, files.articles)}: unknown format; run "npm run build"`);
  }
  return { articles: library.articles as Article[] };
}

/** Temp file + rename, so a reader never sees half a file. */
function writeJsonAtomic(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : 'it is not valid JSON';
    throw new Error(`cannot load the built data ${file}: ${reason}; run "npm run build"`, { cause: error });
  }
}
