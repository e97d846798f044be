/**
 * Imports survive kill -9: a process importing articles is killed at random
 * moments, and after every kill the library must open and hold every article
 * it acknowledged, each whole (its sections all there, its body readable).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { ArticleRows } from '../../../main/library/articleRows.js';
import { mulberry32, randomInt } from '../../../scripts/bench/random.js';
import { bundleScript } from '../../support/crash/loop.js';

const rounds = Number(process.env.AKSORN_IMPORT_CRASH_ROUNDS ?? 25);
const seed = Number(process.env.AKSORN_CRASH_SEED ?? Date.now() % 2 ** 31);

/** Runs the importer until `delayMs` after its first ack, kills it, and answers the ids it acknowledged. */
function killedRound(importer: string, dir: string, round: number, delayMs: number): Promise<{ acked: string[]; killed: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [importer, dir, String(round)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.includes('ack ')) {
        timer = setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      const acked = out.split('\n').flatMap((line) => (line.startsWith('ack ') ? [line.slice(4)] : []));
      done({ acked, killed });
    });
  });
}

describe('imports under SIGKILL', () => {
  let work: string;
  let importer: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'aksorn-import-crash-'));
    importer = bundleScript(resolve(import.meta.dirname, '../../support/crash/importer.ts'), join(work, 'importer.mjs'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`keeps every acknowledged article, whole, across ${rounds} kills`, { timeout: 300_000 }, async () => {
    console.log(`import crash: seed ${seed} (AKSORN_CRASH_SEED=${seed} repeats the delays)`);
    const random = mulberry32(seed);
    const dir = mkdtempSync(join(work, 'library-'));
    const required = new Set<string>();
    let kills = 0;
    let broken = 0;
    for (let round = 1; round <= rounds; round++) {
      const { acked, killed } = await killedRound(importer, dir, round, randomInt(random, 0, 300));
      if (killed) kills++;
      for (const id of acked) required.add(id);
      const db = openDatabase({ file: join(dir, 'library.db') });
      const rows = new ArticleRows(db);
      const sectionsOf = db.prepare('SELECT count(*) AS n FROM sections WHERE article = (SELECT rowid FROM articles WHERE id = ?)');
      const missing = [...required].filter((id) => rows.find(id) === undefined);
      expect(missing, `round ${round}: acknowledged articles missing`).toEqual([]);
      for (const { id } of rows.page(0, 1_000_000)) {
        const article = rows.find(id);
        const stored = (sectionsOf.get(id) as { n: number }).n;
        if (!article || stored !== article.sections.length + 1) broken++;
      }
      db.close();
    }
    console.log(`import crash: ${rounds} rounds, ${kills} kills, ${required.size} articles acknowledged, 0 lost, ${broken} broken`);
    expect(kills).toBe(rounds);
    expect(broken).toBe(0);
  });
});
