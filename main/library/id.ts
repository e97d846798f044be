/**
 * Article ids: the source file name without its extension, checked so that an id is
 * safe to use as a file name, a URL segment and a search key.
 */
import { basename, extname } from 'node:path';

/**
 * A letter or digit, then up to 127 letters, combining marks, digits, ".", "_" or "-".
 * No slashes, spaces or leading dot, so an id can never climb out of a folder or hide
 * a file; marks are allowed after the first character because Thai words need them.
 */
const safeId = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,127}$/u;

/** What a safe id looks like, for error messages. */
export const safeArticleIdRule =
  'an id must start with a letter or digit and hold only letters, marks, digits, ".", "_" or "-" (at most 128 characters)';

/** Whether a string is a safe article id. */
export function isSafeArticleId(id: string): boolean {
  return safeId.test(id);
}

/** The id of an article file: its NFC-normalized name without the last extension. */
export function articleIdOfPath(path: string): string {
  const name = basename(path);
  // NFC because macOS file systems hand back names in NFD; ids must compare equal to typed ones.
  return name.slice(0, name.length - extname(name).length).normalize('NFC');
}
