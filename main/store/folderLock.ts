/**
 * One process at a time in a user-data folder: two writers of one store file
 * would each write their own list and lose the other's bookmarks. The lock is
 * a file created exclusively, naming the process that holds it; a lock whose
 * process has died (a crash, a kill) is taken over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StartupError } from './startupError.js';

const lockName = 'aksorn.lock';

interface Holder {
  readonly pid: number;
  readonly host: string;
  /** What the process is, in words: "browser mode", "the Aksorn app". */
  readonly program: string;
  readonly since: string;
}

export interface FolderLock {
  /** Gives the folder up (also done when the process exits). */
  release(): void;
}

/** Takes the folder for this process, or throws a StartupError that names the process holding it. */
export function lockFolder(dir: string, program: string): FolderLock {
  const file = join(dir, lockName);
  const me: Holder = { pid: process.pid, host: hostname(), program, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWhole(file, JSON.stringify(me));
      return holding(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new StartupError(`Aksorn cannot use the folder ${dir}: it cannot create its lock file there (${code ?? String(error)}). Check that the folder exists and can be written, or choose another one.`);
      }
    }
    const holder = readHolder(file);
    // This process already holds it (a second core in one process, as tests make).
    if (holder?.pid === process.pid && holder.host === me.host) return holding(file);
    if (holder && isAlive(holder)) {
      throw new StartupError(
        `Another Aksorn is using the folder ${dir}: ${holder.program}, process ${holder.pid}, since ${holder.since}. Two at once would lose each other's bookmarks. Close that one first, or start this one with another folder (--user-data).`,
      );
    }
    // Stale (its process is gone) or unreadable (locks appear whole, so a damaged one): take it over.
    // Two processes taking over the same stale lock in the same instant could both win; that needs
    // two starts in one folder within microseconds of each other, after a crash.
    rmSync(file, { force: true });
  }
  throw new StartupError(`Aksorn cannot take the lock file ${file}: other processes keep taking it. Close the other Aksorn and try again.`);
}

/**
 * Creates `file` with `text`, failing with EEXIST when it is there: written
 * aside and hard-linked in, so that no one ever reads a lock half written.
 */
function createWhole(file: string, text: string): void {
  const aside = `${file}.${process.pid}`;
  writeFileSync(aside, text, { mode: 0o600 });
  try {
    linkSync(aside, file);
  } catch (error) {
    // A file system without hard links: create in place (a kill mid-write leaves a lock the next start takes over).
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    writeFileSync(file, text, { flag: 'wx', mode: 0o600 });
  } finally {
    rmSync(aside, { force: true });
  }
}

// The locks this process holds, given up when it exits (one hook, however many stores a process opens).
const held = new Set<string>();
let releasesOnExit = false;

function holding(file: string): FolderLock {
  held.add(file);
  if (!releasesOnExit) {
    releasesOnExit = true;
    process.on('exit', () => held.forEach(removeIfOurs));
  }
  return {
    release: () => {
      if (held.delete(file)) removeIfOurs(file);
    },
  };
}

/** Only our own lock: a process that took over a lock we thought stale keeps theirs. */
function removeIfOurs(file: string): void {
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}

function readHolder(file: string): Holder | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, program: String(value.program ?? 'Aksorn'), since: String(value.since ?? '') };
  } catch {
    return null;
  }
}

/** A holder on another machine (a shared folder) counts as alive: its process cannot be checked from here. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

