/**
 * The MediaWiki XML dump importer: a .xml or .xml.bz2 export (up to a whole
 * Wikipedia) read as a stream of articles and redirects, one page at a time.
 */
import { ImportRefusal, type ImportInput, type ImportItem } from '../types.js';
import { Bzip2Error, decompressBzip2, isBzip2 } from './bz2.js';
import { itemOfPage } from './page.js';
import { DumpXmlError, readPages } from './xml.js';

export interface ReadDumpOptions {
  /** Stops the reading between chunks and pages, throwing the signal's reason. */
  readonly signal?: AbortSignal;
  /** Bytes of the input read so far (compressed bytes for a .bz2), after each chunk. */
  readonly onBytes?: (bytesRead: number) => void;
}

/**
 * The dump's articles (namespace 0), redirects and skipped pages, in order.
 * Other namespaces are passed over. Throws ImportRefusal when the input is not
 * a MediaWiki dump, and when it breaks off — after yielding every page before.
 */
export async function* readDump(input: ImportInput, options: ReadDumpOptions = {}): AsyncGenerator<ImportItem> {
  const { signal, onBytes } = options;
  signal?.throwIfAborted();
  let articles = 0;
  try {
    const { head, stream } = await peek(counted(input.stream, signal, onBytes), 4);
    if (head.length === 0) throw new ImportRefusal('the file is empty');
    const bytes = isBzip2(head) ? decompressBzip2(stream) : stream;
    for await (const page of readPages(utf8(bytes))) {
      signal?.throwIfAborted();
      const item = itemOfPage(page);
      if (item === undefined) continue;
      if (item.kind === 'article') articles++;
      yield item;
    }
  } catch (error) {
    throw refusalOf(error, articles);
  }
}

/** Whether a file is worth offering to `readDump`: by its name, or by its first bytes. */
export function looksLikeDump(name: string, head: Uint8Array): boolean {
  if (/\.(xml|xml\.bz2|bz2)$/i.test(name) || isBzip2(head)) return true;
  return new TextDecoder().decode(head.subarray(0, 4096)).includes('<mediawiki');
}

/** Errors of the reading, in one line for the user; anything else (an abort) passes through. */
function refusalOf(error: unknown, articles: number): unknown {
  const after = `after ${String(articles)} ${articles === 1 ? 'article' : 'articles'}`;
  if (error instanceof Bzip2Error) return new ImportRefusal(`the compressed dump is damaged or cut short (${after})`);
  if (!(error instanceof DumpXmlError)) return error;
  if (error.where === 'not-a-dump') return new ImportRefusal(`not a MediaWiki XML dump: ${error.message}`);
  if (error.cutShort) {
    return new ImportRefusal(
      error.where === 'in-page'
        ? `the dump ends in the middle of page ${String(error.page)} (${after})`
        : `the dump ends after page ${String(error.page)}, without its closing tag (${after})`,
    );
  }
  const where = error.where === 'in-page' ? 'in' : 'after';
  return new ImportRefusal(`the dump's XML breaks ${where} page ${String(error.page)} (${after}): ${error.message}`);
}

/** The input's chunks, counted for progress, checking the signal before each. */
async function* counted(
  stream: AsyncIterable<Uint8Array>,
  signal: AbortSignal | undefined,
  onBytes: ((bytesRead: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  let bytesRead = 0;
  for await (const chunk of stream) {
    signal?.throwIfAborted();
    bytesRead += chunk.length;
    onBytes?.(bytesRead);
    yield chunk;
  }
}

/** The stream's first `n` bytes (fewer if it is shorter), and the whole stream still to read. */
async function peek(
  stream: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let length = 0;
  while (length < n) {
    const next = await iterator.next();
    if (next.done === true) break;
    buffered.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(buffered).subarray(0, n);
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* buffered;
    yield* { [Symbol.asyncIterator]: () => iterator };
  }
  return { head, stream: replay() };
}

/** UTF-8 decoded across chunk boundaries (a Thai letter is three bytes, and may be split). */
async function* utf8(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
