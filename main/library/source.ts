/**
 * Reads one article text file from disk: the checks that turn a bad file into one clear
 * line, around the pure parser.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Article } from '../../common/article.js';
import { decodeArticleBytes } from './decode.js';
import { articleIdOfPath, isSafeArticleId, safeArticleIdRule } from './id.js';
import { parseArticle } from './parse.js';

/** The largest source file accepted; the longest Wikipedia articles are well under 2 MiB of text. */
export const maxArticleSourceBytes = 20 * 1024 * 1024;

/** A refused source file; the message is one line naming the file and the reason. */
export class ArticleSourceError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${showPath(path)}: ${reason}`);
    this.name = 'ArticleSourceError';
    this.path = path;
    this.reason = reason;
  }
}

// A file name may hold line breaks; escaping them keeps the message on one line.
function showPath(path: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return path.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const errnoReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a folder in the path is not a folder',
  ENAMETOOLONG: 'path is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ERR_INVALID_ARG_VALUE: 'not a valid path',
  ERR_INVALID_ARG_TYPE: 'not a valid path',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return errnoReasons[code] ?? `cannot read (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read (${message.split(/\r?\n/)[0]})`;
}

function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

const chunkSize = 256 * 1024;

// Reads with a cap rather than readFileSync, so a file that grew after stat cannot make us read gigabytes.
function readAtMost(path: string, limit: number): Buffer | undefined {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const n = readSync(fd, chunk, 0, chunkSize, null);
      if (n === 0) return Buffer.concat(chunks, total);
      total += n;
      if (total > limit) return undefined;
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

function readBytes(path: string): Buffer {
  let bytes: Buffer | undefined;
  try {
    // Stat first: a FIFO or device would block or never end, and size is refused before any read.
    const stats = statSync(path);
    if (stats.isDirectory()) throw new ArticleSourceError(path, 'is a directory');
    if (!stats.isFile()) throw new ArticleSourceError(path, 'not a regular file');
    if (stats.size > maxArticleSourceBytes) {
      throw new ArticleSourceError(path, `file is too large (${formatSize(stats.size)}; the limit is ${formatSize(maxArticleSourceBytes)})`);
    }
    bytes = readAtMost(path, maxArticleSourceBytes);
  } catch (error) {
    if (error instanceof ArticleSourceError) throw error;
    throw new ArticleSourceError(path, reasonOf(error));
  }
  if (bytes === undefined) {
    throw new ArticleSourceError(path, `file is too large (the limit is ${formatSize(maxArticleSourceBytes)})`);
  }
  return bytes;
}

/** Reads, checks and parses one article text file; throws ArticleSourceError when it is refused. */
export function readArticleSource(path: string): Article {
  const id = articleIdOfPath(path);
  if (!isSafeArticleId(id)) {
    throw new ArticleSourceError(path, `file name gives the unsafe article id "${showPath(id)}": ${safeArticleIdRule}`);
  }
  const decoded = decodeArticleBytes(readBytes(path));
  if (!decoded.ok) throw new ArticleSourceError(path, decoded.reason);
  const article = parseArticle(decoded.text, id);
  if (article.title === '') throw new ArticleSourceError(path, 'no title (no line has visible text)');
  return article;
}
