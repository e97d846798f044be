/**
 * The crash loop shared by tests/unit/store/crash.test.ts and
 * scripts/crash-bookmarks.ts: starts the writer (writer.ts) on one user-data
 * dir over and over, kills it with SIGKILL at a random moment, and checks after
 * every kill that the store file parses and holds every acknowledged bookmark.
 */
import Conf from 'conf';
import { buildSync } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32, randomInt } from '../../../scripts/bench/random.js';
import { createNoticeBoard } from '../../../main/notices.js';
import { BookmarkRows } from '../../../main/bookmarks/bookmarkRows.js';
import { libraryFileIn, openUserData } from '../../../main/userData.js';
import { DatabaseSync } from 'node:sqlite';

export interface CrashOptions {
  /** Bundled writer, from `bundleWriter`. */
  readonly writer: string;
  /** Holds one user-data dir a lane, kept across its rounds so that every round opens what the last kill left. */
  readonly dir: string;
  /** Rounds in all, shared out among the lanes. */
  readonly rounds: number;
  readonly seed: number;
  /** Writers killed side by side, each lane on its own dir (default 1). */
  readonly lanes?: number;
  /** How long after the writer's first ack to kill it, drawn in [min, max] ms. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** A writer that gives no ack in this time is a failure, not a hang. */
  readonly ackTimeoutMs?: number;
  /** Called after every round with the figures so far. */
  readonly progress?: (figures: CrashFigures) => void;
}

export interface CrashFigures {
  readonly seed: number;
  readonly lanes: number;
  rounds: number;
  /** Rounds whose writer died of our SIGKILL. */
  kills: number;
  /** Distinct bookmarks whose `add` returned. */
  acknowledged: number;
  deleted: number;
  restored: number;
  /** Distinct bookmarks that were required (acked, not being deleted) and missing from the file after a kill. */
  lost: number;
  /** Files after a kill that were missing or not JSON. */
  unparsable: number;
  /** Opens that had to move the file aside (a `.corrupt-` backup or a notice). */
  recoveries: number;
  /** Writers that crashed on their own, or gave no ack in time. */
  writerFailures: number;
  /** Ids found twice in one file. */
  duplicates: number;
  /** Writers that opened a different number of bookmarks than the last file held. */
  openMismatches: number;
  /** Kills that left a new temp file (`config.json.tmp-*`): the writer died inside a write. */
  killsDuringWrite: number;
  /** Rounds that started beside temp files a killed write left. */
  roundsWithLeftoverTemps: number;
  /** Such files in the dir at the end: nothing ever removes them. */
  leftoverTempFiles: number;
  leftoverTempBytes: number;
  /** Bookmarks in the file at the end. */
  bookmarksNow: number;
  durationMs: number;
  /** The first few failures, in words. */
  readonly problems: string[];
}

const writerSource = resolve(import.meta.dirname, 'writer.ts');

/** Bundles the writer with everything it imports into `<outDir>/writer.mjs`, so each round starts fast. */
export function bundleWriter(outDir: string): string {
  return bundleScript(writerSource, join(outDir, 'writer.mjs'));
}

/** Bundles a script that a crash test kills into one ES module file, so each round starts fast. */
export function bundleScript(source: string, outfile: string): string {
  buildSync({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // conf's CommonJS dependencies require Node built-ins, which an ESM bundle can only do through createRequire.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

const isTemp = (name: string) => name.startsWith('config.json.tmp-');
const isBackup = (name: string) => name.includes('.corrupt-') || name.includes('.repaired-');

interface RoundOutcome {
  readonly lines: readonly string[];
  readonly acked: boolean;
  readonly killed: boolean;
  readonly exit: string;
  readonly stderr: string;
}

/** Runs one writer until `delayMs` after its first ack (or `ackTimeoutMs` without one), then SIGKILLs it. */
function runRound(writer: string, dir: string, seed: number, delayMs: number, ackTimeoutMs: number): Promise<RoundOutcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [writer, dir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let acked = false;
    let killed = false;
    const kill = () => {
      killed = child.kill('SIGKILL');
    };
    const noAck = setTimeout(kill, ackTimeoutMs);
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!acked && /^ack /m.test(out)) {
        acked = true;
        clearTimeout(noAck);
        killTimer = setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    // 'close', not 'exit': every line the writer wrote has been read by then.
    child.on('close', (code, signal) => {
      clearTimeout(noAck);
      clearTimeout(killTimer);
      // A kill sends only complete lines, but drop a trailing fragment rather than misread it.
      const lines = out.split('\n').slice(0, -1);
      done({ lines, acked, killed: killed && signal === 'SIGKILL', exit: signal ?? `code ${code}`, stderr });
    });
  });
}

/** What one lane checks across its rounds. */
interface Lane {
  readonly dir: string;
  readonly random: () => number;
  /** Acked and not deleted since: must be in the file. */
  readonly required: Set<string>;
  /** What the file held after the last kill, null when unknown. */
  lastCount: number | null;
  backups: number;
}

/**
 * Runs the loop and answers its figures; never throws for a failed round, it counts it.
 * Lanes run side by side, each on its own dir (`<dir>/lane-<n>`) with its own share of the rounds.
 */
export async function runCrashLoop(options: CrashOptions): Promise<CrashFigures> {
  const { rounds, seed, lanes = 1 } = options;
  const started = Date.now();
  const figures: CrashFigures = {
    seed,
    lanes,
    rounds: 0,
    kills: 0,
    acknowledged: 0,
    deleted: 0,
    restored: 0,
    lost: 0,
    unparsable: 0,
    recoveries: 0,
    writerFailures: 0,
    duplicates: 0,
    openMismatches: 0,
    killsDuringWrite: 0,
    roundsWithLeftoverTemps: 0,
    leftoverTempFiles: 0,
    leftoverTempBytes: 0,
    bookmarksNow: 0,
    durationMs: 0,
    problems: [],
  };
  const acked = new Set<string>();
  const lostIds = new Set<string>();
  const problem = (text: string) => {
    if (figures.problems.length < 10) figures.problems.push(text);
  };

  const runLane = async (n: number): Promise<void> => {
    const dir = join(options.dir, `lane-${n}`);
    mkdirSync(dir, { recursive: true });
    const lane: Lane = {
      dir,
      random: mulberry32(seed + n * 0x9e3779b9),
      required: new Set(),
      lastCount: null,
      backups: readdirSync(dir).filter(isBackup).length,
    };
    for (let round = n; round <= rounds; round += lanes) {
      await checkRound(lane, `lane ${n} round ${round}`);
      figures.rounds++;
      figures.durationMs = Date.now() - started;
      options.progress?.(figures);
    }
    // The last kill's file is opened by no writer: open it here, as the app would.
    const notices = createNoticeBoard();
    const { db, close } = openUserData({ Store: Conf, dir, notices, program: 'the crash loop', checkEveryMs: 0 });
    for (const notice of notices.list()) {
      figures.recoveries++;
      problem(`lane ${n} after its last round: ${JSON.stringify(notice)}`);
    }
    figures.bookmarksNow += new BookmarkRows(db).count();
    close();
    const temps = readdirSync(dir).filter(isTemp);
    figures.leftoverTempFiles += temps.length;
    figures.leftoverTempBytes += temps.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  };

  const checkRound = async (lane: Lane, where: string): Promise<void> => {
    const { minDelayMs = 5, maxDelayMs = 150, ackTimeoutMs = 10_000 } = options;
    const { dir, random, required } = lane;
    const tempsBefore = readdirSync(dir).filter(isTemp).length;
    if (tempsBefore > 0) figures.roundsWithLeftoverTemps++;
    const writerSeed = randomInt(random, 1, 2 ** 31);
    const outcome = await runRound(options.writer, dir, writerSeed, randomInt(random, minDelayMs, maxDelayMs), ackTimeoutMs);
    if (outcome.killed) figures.kills++;
    if (outcome.killed && readdirSync(dir).filter(isTemp).length > tempsBefore) figures.killsDuringWrite++;
    if (!outcome.acked || !outcome.killed) {
      figures.writerFailures++;
      const why = outcome.stderr.trim().split('\n').slice(-3).join(' | ');
      problem(`${where}: the writer ${outcome.acked ? 'died on its own' : 'gave no ack'} (${outcome.exit}): ${why}`);
    }

    let recovered = false;
    for (const line of outcome.lines) {
      const [verb, id = '', flag] = line.split(' ');
      if (verb === 'ready') {
        recovered = flag === 'recovered';
        if (lane.lastCount !== null && Number(id) !== lane.lastCount) {
          figures.openMismatches++;
          problem(`${where}: the writer opened ${id} bookmarks, the file held ${lane.lastCount}`);
        }
      } else if (verb === 'ack') {
        acked.add(id);
        required.add(id);
      } else if (verb === 'del') {
        figures.deleted++;
        required.delete(id);
      } else if (verb === 'res') {
        figures.restored++;
        required.add(id);
      }
    }
    figures.acknowledged = acked.size;

    const backups = readdirSync(dir).filter(isBackup).length;
    if (recovered || backups > lane.backups) {
      figures.recoveries++;
      problem(`${where}: openStore moved the file aside (${backups - lane.backups} new .corrupt- backup)`);
      lane.backups = backups;
    }

    const file = libraryFileIn(dir);
    let ids: string[];
    try {
      // Read as the next start would: SQLite replays the write-ahead log the killed writer left.
      const db = new DatabaseSync(file);
      ids = (db.prepare('SELECT id FROM bookmarks').all() as { id: string }[]).map((row) => row.id);
      db.close();
    } catch (error) {
      figures.unparsable++;
      const kept = join(dir, `unreadable-${figures.unparsable}.db`);
      if (existsSync(file)) copyFileSync(file, kept);
      problem(`${where}: the library ${existsSync(file) ? `cannot be read (kept as ${kept})` : 'is missing'}: ${(error as Error).message}`);
      lane.lastCount = null;
      return;
    }
    const present = new Set(ids);
    if (present.size !== ids.length) {
      figures.duplicates += ids.length - present.size;
      problem(`${where}: ${ids.length - present.size} duplicate ids`);
    }
    for (const id of required) {
      if (present.has(id)) continue;
      lostIds.add(id);
      // Counted once: later rounds cannot bring it back.
      required.delete(id);
      problem(`${where}: acknowledged bookmark ${id} is not in the library`);
    }
    figures.lost = lostIds.size;
    lane.lastCount = ids.length;
  };

  await Promise.all(Array.from({ length: lanes }, (_, i) => runLane(i + 1)));
  figures.durationMs = Date.now() - started;
  return figures;
}

/** The figures as one line. */
export function formatFigures(f: CrashFigures): string {
  return [
    `crash: seed=${f.seed}`,
    `lanes=${f.lanes}`,
    `rounds=${f.rounds}`,
    `kills=${f.kills}`,
    `acknowledged=${f.acknowledged}`,
    `lost=${f.lost}`,
    `unparsable=${f.unparsable}`,
    `recoveries=${f.recoveries}`,
    `writer-failures=${f.writerFailures}`,
    `duplicates=${f.duplicates}`,
    `open-mismatches=${f.openMismatches}`,
    `deleted=${f.deleted}`,
    `restored=${f.restored}`,
    `kills-during-write=${f.killsDuringWrite}`,
    `rounds-with-leftover-temps=${f.roundsWithLeftoverTemps}`,
    `leftover-temp-files=${f.leftoverTempFiles} (${(f.leftoverTempBytes / 1024).toFixed(0)} KiB)`,
    `bookmarks-now=${f.bookmarksNow}`,
    `duration=${(f.durationMs / 1000).toFixed(1)}s`,
  ].join(' ');
}
