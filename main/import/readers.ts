/**
 * Which importer reads a file: a wiki dump (.xml, .xml.bz2, or a
 * `<mediawiki>` / bzip2 start), an HTML page (.html, or an HTML start), else
 * a raw text export. The first bytes decide as much as the name does, so a
 * saved page without its extension is still read as HTML.
 */
import { looksLikeDump, readDump } from './dump/index.js';
import { looksLikeHtml, readHtmlPage } from './html/index.js';
import type { ItemReader } from './run.js';
import { readTextExport } from './text.js';
import type { ImportItem } from './types.js';

const headBytes = 4096;

export const readItems: ItemReader = async (input, signal) => {
  const { head, stream } = await peek(input.stream, headBytes);
  const rest = { ...input, stream };
  if (looksLikeDump(input.name, head)) return { format: 'dump', items: readDump(rest, { signal }) };
  if (looksLikeHtml(input.name, head)) return { format: 'html', items: later(readHtmlPage(rest)) };
  return { format: 'text', items: later(readTextExport(rest)) };
};

/** The first `bytes` of a stream (or all of a shorter one), and the stream again from its start. */
async function peek(source: AsyncIterable<Uint8Array>, bytes: number): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.byteLength;
  }
  async function* again(): AsyncIterable<Uint8Array> {
    try {
      yield* seen;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A reader that stops early (cancel, a refusal) closes the file.
      await iterator.return?.();
    }
  }
  return { head: Buffer.concat(seen).subarray(0, bytes), stream: again() };
}

async function* later(items: Promise<readonly ImportItem[]>): AsyncIterable<ImportItem> {
  yield* await items;
}
