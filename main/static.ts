/**
 * The built renderer's files, for both transports (browser mode's HTTP server
 * and Electron's app:// protocol). Which file a path names is decided by
 * main/security/staticPath.ts, never here.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveStaticPath } from './security/staticPath.js';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** The file a URL path names inside `root`, or undefined (refused, missing, a folder, or outside root). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const file = await resolveStaticPath(root, urlPath);
  if (file === undefined) return undefined;
  try {
    return { body: await readFile(file), contentType: contentTypes[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
