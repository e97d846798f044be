/** Inputs for the dump importer's tests, and reading them through. */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Paragraph } from '../../../common/article.js';
import { readDump, type ReadDumpOptions } from '../../../main/import/dump/index.js';
import type { ImportInput, ImportItem } from '../../../main/import/types.js';

/** A file on disk as an importer input. */
export function fileInput(path: string): ImportInput {
  return { name: basename(path), stream: createReadStream(path), size: statSync(path).size };
}

/** Bytes as an input arriving in chunks of `chunkSize` (to cut UTF-8 letters and tags apart). */
export function bytesInput(name: string, bytes: Uint8Array | string, chunkSize = 65_536): ImportInput {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
  }
  return { name, stream: chunks(), size: data.length };
}

/** Every item, or the items before the error and the error. */
export async function readAll(
  input: ImportInput,
  options?: ReadDumpOptions,
): Promise<{ items: ImportItem[]; error: unknown }> {
  const items: ImportItem[] = [];
  try {
    for await (const item of readDump(input, options)) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

/** A paragraph's runs as text, for assertions about content rather than shape. */
export function plain(paragraph: Paragraph | undefined): string {
  return (paragraph?.runs ?? []).map((run) => ('text' in run ? run.text : '')).join('');
}
