/**
 * Where a dump is written: a plain .xml file, or a .xml.bz2 file compressed by
 * the bzip2 program as the text streams in. Writes wait for the file (or the
 * compressor) to keep up, so memory stays flat however large the dump.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, openSync, closeSync } from 'node:fs';
import type { Writable } from 'node:stream';

export interface Sink {
  /** Resolves when the text is accepted (at once, or after the stream drained). */
  write(text: string): Promise<void>;
  /** Flushes, waits for the file (and the compressor) to finish. */
  close(): Promise<void>;
}

/**
 * bzip2's block size in 100 kB (1–9). 9 is what Wikimedia's dumps use; measured
 * on 60 MB of generated XML it compresses about 15% slower than 1 for a file
 * 20% smaller (decompressing it is slower too, which an import bench should see).
 */
export const bzip2Level = 9;

/** Remembers a stream's first error: an error with nobody listening would end the process. */
function firstError(stream: Writable): () => Error | undefined {
  let failure: Error | undefined;
  stream.on('error', (error) => (failure ??= error));
  return () => failure;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  // once() rejects if the stream errors while we wait.
  if (!stream.write(text)) await once(stream, 'drain');
}

function fileSink(path: string): Sink {
  const stream = createWriteStream(path);
  const failure = firstError(stream);
  const opened = once(stream, 'open');
  const check = () => {
    const error = failure();
    if (error !== undefined) throw new Error(`cannot write ${path}: ${error.message}`);
  };
  return {
    async write(text) {
      await opened.catch(check);
      check();
      await writeTo(stream, text).catch(check);
    },
    async close() {
      await opened.catch(check);
      // A stream that failed has closed already; waiting for its close would wait for ever.
      if (!stream.closed) {
        const closed = once(stream, 'close');
        stream.end();
        await closed.catch(check);
      }
      check();
    },
  };
}

function bzip2Sink(path: string): Sink {
  const fd = openSync(path, 'w');
  // bzip2 writes the file itself: the compressed bytes never pass through this process.
  const child = spawn('bzip2', ['-c', `-${bzip2Level}`], { stdio: ['pipe', fd, 'pipe'] });
  closeSync(fd);
  const { stdin, stderr: errors } = child;
  if (stdin === null || errors === null) throw new Error('bzip2 started without its pipes');
  firstError(stdin);
  let stderr = '';
  errors.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`cannot run bzip2 (${error.message}); install it or write .xml`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`bzip2 failed (${signal ?? `exit code ${code}`})${stderr.trim() === '' ? '' : `: ${stderr.trim().split('\n')[0]}`}`));
    });
  });
  exited.catch(() => {});
  // A write that waits for a drain that will never come ends when bzip2 does.
  const ended = exited.then(() => Promise.reject(new Error('bzip2 ended before its input did')));
  ended.catch(() => {});
  return {
    async write(text) {
      try {
        await Promise.race([writeTo(stdin, text), ended]);
      } catch (error) {
        // bzip2's own reason, when it has one, says more than the broken pipe.
        await exited;
        throw error;
      }
    },
    async close() {
      stdin.end();
      await exited;
    },
  };
}

/** A sink for `path`, which must end in .xml or .xml.bz2. */
export function openSink(path: string): Sink {
  if (path.endsWith('.xml.bz2')) return bzip2Sink(path);
  if (path.endsWith('.xml')) return fileSink(path);
  throw new Error(`the output must end in .xml or .xml.bz2, not "${path}"`);
}
