import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFolder } from '../../../main/store/folderLock.js';
import { storeVersion } from '../../../main/store/schema.js';
import { StartupError } from '../../../main/store/startupError.js';
import { openTestStore } from '../fixtures.js';

const holderScript = resolve(import.meta.dirname, '../../support/lock/holder.ts');
const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-lock-'));
const children: ChildProcess[] = [];

/** Another process holding the folder, once it says so. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the user-data folder lock', () => {
  it('refuses a second process and names the one that holds the folder', async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    const attempt = () => openTestStore(dir);
    expect(attempt).toThrow(StartupError);
    expect(attempt).toThrow(`Another Aksorn is using the folder ${dir}: the lock-test holder, process ${holder.pid}, since `);
  });

  it('takes over the lock of a process that was killed', async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    expect(existsSync(join(dir, 'aksorn.lock'))).toBe(true);
    const { store, close } = openTestStore(dir);
    expect(store.get('version')).toBe(storeVersion);
    expect(JSON.parse(readFileSync(join(dir, 'aksorn.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    close();
  });

  it('gives the folder back when released, so another process can take it', async () => {
    const dir = tempDir();
    lockFolder(dir, 'this test').release();
    expect(existsSync(join(dir, 'aksorn.lock'))).toBe(false);
    await holdInAnotherProcess(dir);
  });

  it('takes over a damaged lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'aksorn.lock'), '{"pid":');
    const lock = lockFolder(dir, 'this test');
    expect(JSON.parse(readFileSync(join(dir, 'aksorn.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), program: 'this test' });
    lock.release();
  });

  it('leaves the temp files of the process that holds the folder alone', async () => {
    const dir = tempDir();
    await holdInAnotherProcess(dir);
    const live = join(dir, 'config.json.tmp-1764563772a2b3c4');
    writeFileSync(live, 'half');
    expect(() => openTestStore(dir)).toThrow(StartupError);
    expect(existsSync(live)).toBe(true);
  });
});
