/**
 * Runs one worker phase in a fresh Node process, so that the heap, GC and RSS of one
 * measurement never pollute another, and turns a dead child into a one-line reason.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { resultMarker, type Phase } from './results.js';

const root = resolve(import.meta.dirname, '..', '..');
const workerPath = resolve(import.meta.dirname, 'worker.ts');

/** Room for a large index build; the machine has far more than the default heap limit. */
export const childHeapMiB = 8192;

export interface ChildRequest {
  readonly phase: Phase;
  readonly corpus: string;
  readonly engine: string;
  readonly seed: number;
  readonly indexFile: string;
  readonly queries: number;
  readonly timeoutMs: number;
}

export type ChildOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Why a finished child gave no figures, from its exit and its stderr. */
export function failureReason(
  result: { readonly status: number | null; readonly signal: string | null; readonly stderr: string; readonly error?: Error },
  timeoutMs: number,
): string {
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ETIMEDOUT') return `timeout after ${Math.round(timeoutMs / 1000)} s`;
  if (/heap out of memory|Allocation failed|Invalid array length|Invalid string length/i.test(result.stderr)) {
    const detail = result.stderr.match(/(Invalid (?:array|string) length|heap out of memory)/i)?.[1];
    return `out of memory (${detail ?? 'V8 heap'})`;
  }
  if (code === 'ENOBUFS') return 'child wrote too much output';
  if (result.error) return `could not run the child: ${result.error.message}`;
  if (result.signal === 'SIGKILL') return 'killed by SIGKILL (likely the system OOM killer)';
  if (result.signal) return `killed by ${result.signal}`;
  const lastLine = result.stderr.trim().split('\n').filter((line) => line.trim() !== '').at(-1);
  return lastLine ?? `exit code ${result.status}`;
}

export function runChild<T>(request: ChildRequest): ChildOutcome<T> {
  const args = [
    '--expose-gc',
    `--max-old-space-size=${childHeapMiB}`,
    '--import',
    'tsx',
    workerPath,
    request.phase,
    request.corpus,
    request.engine,
    String(request.seed),
    request.indexFile,
    String(request.queries),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: request.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stdout?.split('\n').find((l) => l.startsWith(resultMarker));
  if (result.status === 0 && line !== undefined) {
    return { ok: true, value: JSON.parse(line.slice(resultMarker.length)) as T };
  }
  return { ok: false, reason: failureReason({ ...result, stderr: result.stderr ?? '' }, request.timeoutMs) };
}
