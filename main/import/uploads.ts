/**
 * Files staged for import, each under an id the renderer may name in
 * `startImport`: the desktop app stages the path of a file the user chose or
 * dropped; browser mode receives the bytes and saves them in the user-data
 * folder's imports/ (removed once imported, and any left by a crash at the
 * next start). The renderer never names a path itself.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { ApiError } from '../../common/envelope.js';
import { quote } from '../../common/refusal.js';
import type { ImportFile } from './run.js';

/** The largest upload browser mode takes: a whole wiki's .xml.bz2 is under 1 GiB today. */
export const maxUploadBytes = 8 * 2 ** 30;

export interface Uploads {
  /** Stages a file on disk by its path (the desktop app's open dialog and drops). */
  stagePath(path: string): string;
  /** Saves an upload's bytes and stages them under `name`. */
  receive(name: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string>;
  /** The files these ids name, taken off the stage; a `not-found` ApiError names an unknown id. */
  take(ids: readonly string[]): ImportFile[];
  /** Removes a saved upload once it has been imported (a staged path is the user's file, and stays). */
  release(file: ImportFile): void;
}

export function createUploads(userDataDir: string): Uploads {
  const folder = join(userDataDir, 'imports');
  // Started under the folder lock: anything here is left from a run that ended mid-import.
  rmSync(folder, { recursive: true, force: true });
  const staged = new Map<string, ImportFile & { readonly saved: boolean }>();
  const saved = new Set<string>();

  return {
    stagePath(path) {
      let isFile: boolean;
      try {
        isFile = statSync(path).isFile();
      } catch (error) {
        throw new ApiError('not-found', `path ${quote(path)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      if (!isFile) throw new ApiError('bad-request', `path ${quote(path)} is not a file`);
      const id = randomUUID();
      staged.set(id, { name: basename(path), path, saved: false });
      return id;
    },
    async receive(name, body) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const id = randomUUID();
      const path = join(folder, id);
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.byteLength;
          done(size > maxUploadBytes ? new ApiError('bad-request', `the upload is larger than ${maxUploadBytes / 2 ** 30} GiB`) : null, chunk);
        },
      });
      try {
        await pipeline(Readable.from(body), limit, createWriteStream(path, { mode: 0o600 }));
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      }
      staged.set(id, { name: basename(name) || 'upload', path, saved: true });
      saved.add(path);
      return id;
    },
    take(ids) {
      const files = ids.map((id, i) => {
        const file = staged.get(id);
        if (!file) throw new ApiError('not-found', `uploads[${i}] ${quote(id)} names no file staged for import`);
        return file;
      });
      for (const id of ids) staged.delete(id);
      return files.map(({ name, path }) => ({ name, path }));
    },
    release(file) {
      if (saved.delete(file.path)) rmSync(file.path, { force: true });
    },
  };
}

/** Leftover uploads (for tests and the bench). */
export function leftoverUploads(userDataDir: string): string[] {
  try {
    return readdirSync(join(userDataDir, 'imports'));
  } catch {
    return [];
  }
}
