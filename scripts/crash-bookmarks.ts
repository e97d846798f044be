/**
 * `npx tsx scripts/crash-bookmarks.ts --rounds 2000`: the crash test of
 * tests/unit/store/crash.test.ts for longer runs. Kills a bookmark writer with
 * SIGKILL round after round, prints the figures as one line (progress on
 * stderr) and exits 1 when a bookmark was lost or a file broke.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleWriter, formatFigures, runCrashLoop } from '../tests/support/crash/loop.js';

const usage = `usage: npx tsx scripts/crash-bookmarks.ts [options]
  --rounds N   writers to kill (default 1000)
  --lanes N    writers killed side by side, each on its own dir (default 2)
  --seed N     seed of the kill delays and the writers' choices (default: the clock)
  --keep       keep the user-data dirs (they are deleted when nothing went wrong)`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`--${name} wants a positive integer, not "${value}"`);
  return Number(value);
}

let options;
try {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string' },
      lanes: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  options = {
    rounds: positiveInteger('rounds', values.rounds, 1000),
    lanes: positiveInteger('lanes', values.lanes, 2),
    seed: positiveInteger('seed', values.seed, Date.now() % 2 ** 31),
    keep: values.keep,
  };
} catch (error) {
  console.error(`crash-bookmarks: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'aksorn-crash-'));
const writer = bundleWriter(work);
console.error(`crash: seed ${options.seed}, ${options.rounds} rounds in ${options.lanes} lanes, dirs in ${work}`);
const figures = await runCrashLoop({
  writer,
  dir: work,
  rounds: options.rounds,
  seed: options.seed,
  lanes: options.lanes,
  progress: (so) => {
    if (so.rounds % 100 === 0) console.error(formatFigures(so));
  },
});
console.log(formatFigures(figures));
for (const problem of figures.problems) console.log(`  ${problem}`);

const failed = figures.lost + figures.unparsable + figures.recoveries + figures.writerFailures + figures.duplicates + figures.openMismatches > 0;
if (options.keep || failed) console.error(`crash: the dirs are kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
