/**
 * The user-data folder a library command works on: `--user-data DIR` (the
 * folder browser mode was given), else the desktop app's own. Opening it
 * takes the folder's lock, so a command never writes under a running app.
 */
import Conf from 'conf';
import { resolve } from 'node:path';
import { readBuiltData } from '../../main/built.js';
import { placeBundled } from '../../main/library/library.js';
import { createNoticeBoard } from '../../main/notices.js';
import { openUserData, type UserData } from '../../main/userData.js';
import { buildIfNeeded, buildTargets } from '../build-if-needed.js';
import { appUserDataDir } from '../web-options.js';
import { UsageError, type Command, type OptionValues } from './command.js';

const root = resolve(import.meta.dirname, '../..');

export const userDataOption = { 'user-data': { type: 'string' } } as const;

export function userDataDirOf(values: OptionValues, command: Command): string {
  const given = values['user-data'];
  if (given === undefined) return appUserDataDir(process.env);
  if (typeof given !== 'string' || given === '') throw new UsageError('--user-data must name a folder', command);
  return resolve(given);
}

/** Opens the folder as the app would (the bundled articles in place), for `work`, and closes it after. */
export async function withUserData<T>(dir: string, work: (opened: UserData) => Promise<T> | T): Promise<T> {
  buildIfNeeded(root, buildTargets.data);
  const { articles } = readBuiltData(resolve(root, 'out/data'));
  const opened = openUserData({ Store: Conf, dir, notices: createNoticeBoard(), program: 'the aksorn command', checkEveryMs: 0 });
  try {
    placeBundled(opened.db, articles, new Date());
    return await work(opened);
  } finally {
    opened.close();
  }
}
