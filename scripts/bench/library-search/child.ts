/**
 * Runs one phase of the library bench in a fresh Node process, within a time
 * and heap cap, and turns a dead child into a one-line reason (../child.ts).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { failureReason, type ChildOutcome } from '../child.js';
import { resultMarker } from '../results.js';
import type { PhaseAnswers, PhaseRequest } from './phases.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const workerPath = resolve(import.meta.dirname, 'worker.ts');

export interface Caps {
  readonly timeoutMs: number;
  /** V8's old-space limit: past it the child dies "out of memory" (reported, not fatal to the bench). */
  readonly heapMiB: number;
}

export function runPhase<R extends PhaseRequest>(request: R, caps: Caps): ChildOutcome<PhaseAnswers[R['phase']]> {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${caps.heapMiB}`, '--import', 'tsx', workerPath, JSON.stringify(request)],
    { cwd: root, encoding: 'utf8', timeout: caps.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 },
  );
  const line = result.stdout?.split('\n').find((l) => l.startsWith(resultMarker));
  if (result.status === 0 && line !== undefined) {
    return { ok: true, value: JSON.parse(line.slice(resultMarker.length)) as PhaseAnswers[R['phase']] };
  }
  const reason = failureReason({ ...result, stderr: result.stderr ?? '' }, caps.timeoutMs);
  return { ok: false, reason: /out of memory/.test(reason) ? `${reason}, heap capped at ${caps.heapMiB} MiB` : reason };
}
