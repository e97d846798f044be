/**
 * Reads the store file without trusting what sits at its path: a FIFO, a
 * folder, a symbolic-link loop or an unreadable file is reported, never
 * waited on or thrown as a stack trace. A UTF-8 byte-order mark is dropped.
 */
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, statSync, writeSync, type Stats } from 'node:fs';

export type StoreFileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'text'; readonly text: string }
  /** Something is at the path that cannot be read as a file; `detail` says what. */
  | { readonly kind: 'unreadable'; readonly detail: string };

export function readStoreFile(file: string): StoreFileRead {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO opens at once instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return isDanglingLink(file) ? { kind: 'unreadable', detail: 'it is a link to a file that does not exist' } : { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'unreadable', detail: 'it is a symbolic link that leads back to itself' };
    return { kind: 'unreadable', detail: `it cannot be opened (${code ?? (error as Error).message})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unreadable', detail: `it is ${kindOf(stats)}, not a file` };
    const text = readFileSync(fd, 'utf8');
    return { kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { kind: 'unreadable', detail: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** What identifies one version of the file on disk: a write by anyone else changes it. */
export interface FileStamp {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

/** The file's stamp now, or null when nothing is there. */
export function stampOf(file: string): FileStamp | null {
  try {
    const { ino, size, mtimeMs } = statSync(file);
    return { ino, size, mtimeMs };
  } catch {
    return null;
  }
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Writes `text` whole or not at all: a temporary file, flushed to disk, renamed over `file`. */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.repair-${process.pid}`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
