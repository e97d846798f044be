/** unbzip2-stream ships no types: a `through` stream, bzip2 bytes in, plain bytes out. */
declare module 'unbzip2-stream' {
  import type { Stream } from 'node:stream';

  interface Unbzip2Stream extends Stream {
    write(data: Uint8Array): boolean;
    end(): void;
  }

  export default function unbzip2Stream(): Unbzip2Stream;
}
