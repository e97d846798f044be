/** Names for the copies kept beside the store file: config.<why>-<time>.json. */
import { basename, dirname, extname, join } from 'node:path';

export function sideFile(file: string, why: string, date: Date): string {
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${why}-${stamp}${ext}`);
}
