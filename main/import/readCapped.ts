/** Reads a whole input into memory, up to a cap: a page is small, and a file that is not must not fill the memory. */
import { ImportRefusal, type ImportInput } from './types.js';

export async function readCapped(input: ImportInput, maxBytes: number, onBytes?: (bytesRead: number) => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input.stream) {
    total += chunk.byteLength;
    onBytes?.(total);
    if (total > maxBytes) {
      throw new ImportRefusal(`${input.name}: the file is larger than ${Math.round(maxBytes / 2 ** 20)} MiB, too large for one page`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
