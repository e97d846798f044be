/**
 * `npm run fuzz -- --runs 10000 --seed 42`: fuzzes every API method through
 * the table and through HTTP (tests/support/fuzz/), prints per-method figures
 * and the seed, and exits 1 with a replayable counterexample when a property
 * fails. tests/unit/fuzz/api.test.ts runs a few hundred sequences of the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFigures, runFuzz } from '../tests/support/fuzz/run.js';

const usage = `usage: npm run fuzz -- [options]
  --runs N       sequences of calls to run (default 10000)
  --seed N       seed (default: the clock)
  --path P       replay one failure: the path printed with its seed
  --max-calls N  calls in a sequence at most, after up to 3 that set state up (default 8)
  --keep-going   survey: go on after failures and count each kind of problem (no shrinking)
  --keep         keep the stores' folder (it is kept anyway on failure)`;

function integer(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) throw new Error(`--${name} wants a whole number from ${min}, not "${value}"`);
  return Number(value);
}

let options;
try {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      path: { type: 'string' },
      'max-calls': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  options = {
    runs: integer('runs', values.runs, 10_000, 1),
    seed: integer('seed', values.seed, Date.now() % 2 ** 31, -(2 ** 31)),
    path: values.path,
    maxCalls: integer('max-calls', values['max-calls'], 8, 1),
    keep: values.keep,
    keepGoing: values['keep-going'],
  };
} catch (error) {
  console.error(`fuzz: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'aksorn-fuzz-'));
console.error(`fuzz: seed ${options.seed}, ${options.runs} sequences of 1–${options.maxCalls} calls (after up to 3 set-up calls), stores in ${dir}`);
const start = performance.now();
const figures = await runFuzz({
  ...options,
  dir,
  onProgress: (so) => console.error(`fuzz: ${so.runs} sequences, ${so.calls} calls, ${((performance.now() - start) / 1000).toFixed(0)} s`),
});
console.log(formatFigures(figures));
if (figures.failure) {
  const { report, seed, path } = figures.failure;
  console.log(`\nFAILED\n${report}\n\nreplay: npm run fuzz -- --seed ${seed} --path ${path}`);
}
if (options.keep || figures.failure || figures.problems.size > 0) console.error(`fuzz: the stores are kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(figures.failure || figures.problems.size > 0 ? 1 : 0);
