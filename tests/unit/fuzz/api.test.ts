/**
 * The API fuzz, a short run: sequences of valid, near-valid and hostile calls
 * to every method through the table and through HTTP; no internal error, no
 * 5xx, every refusal a clear 4xx, the store valid and untouched by refusals.
 * Longer runs: `npm run fuzz -- --runs 10000`; a failure prints its replay.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerApiMethods } from '../../../common/api.js';
import { formatFigures, runFuzz } from '../../support/fuzz/run.js';

const runs = Number(process.env.AKSORN_FUZZ_RUNS ?? 200);
const seed = Number(process.env.AKSORN_FUZZ_SEED ?? Date.now() % 2 ** 31);

describe('the API under fuzzing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aksorn-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`answers ${runs} sequences of calls, through the table and HTTP, as the contract says`, { timeout: 120_000 }, async () => {
    console.log(`fuzz: seed ${seed} (AKSORN_FUZZ_SEED=${seed} repeats it)`);
    const figures = await runFuzz({ runs, seed, maxCalls: 5, dir });
    console.log(formatFigures(figures));
    const failure = figures.failure && `${figures.failure.report}\n\nreplay: npm run fuzz -- --seed ${figures.failure.seed} --path ${figures.failure.path}`;
    expect(failure).toBeUndefined();
    for (const method of readerApiMethods) {
      const tally = figures.byMethod.get(method);
      expect(tally && tally.accepted + tally.refused, `${method} was called`).toBeGreaterThan(0);
    }
  });
});
