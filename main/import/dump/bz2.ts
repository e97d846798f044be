/**
 * bzip2 input: recognized by its magic, decompressed as it streams in, so a
 * 400 MB .xml.bz2 never sits in memory (unbzip2-stream holds at most about
 * one 900 kB block of each side).
 */
import unbzip2Stream from 'unbzip2-stream';

/** "BZh" then the block size, '1'–'9'. */
export function isBzip2(head: Uint8Array): boolean {
  const [b, z, h, size] = head;
  return b === 0x42 && z === 0x5a && h === 0x68 && size !== undefined && size >= 0x31 && size <= 0x39;
}

/** The bzip2 data is damaged or cut short: the decompressor's own message says little, so this one replaces it. */
export class Bzip2Error extends Error {
  constructor() {
    super('the compressed data is damaged or cut short');
    this.name = 'Bzip2Error';
  }
}

/**
 * The decompressed bytes of a bzip2 stream (several concatenated streams too,
 * as in Wikimedia's "multistream" dumps).
 *
 * The decompressor is a `through` stream that emits synchronously inside
 * `write`, so it is driven by hand, one compressed chunk at a time, rather than
 * piped: nothing is read ahead of what the consumer has taken (pull-based
 * backpressure), and its errors surface here instead of on a detached stream.
 */
export async function* decompressBzip2(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const decompressor = unbzip2Stream();
  let out: Uint8Array[] = [];
  let failed = false;
  decompressor.on('data', (data: Uint8Array) => out.push(data));
  decompressor.on('error', () => {
    failed = true;
  });
  // What was decompressed before a failure is handed on first: the pages it completes are good.
  function* flush(): Generator<Uint8Array> {
    const taken = out;
    out = [];
    yield* taken;
    if (failed) throw new Bzip2Error();
  }

  for await (const chunk of compressed) {
    decompressor.write(chunk);
    yield* flush();
  }
  decompressor.end();
  yield* flush();
}
