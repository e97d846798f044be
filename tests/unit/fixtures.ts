/** Small hand-made values shared by unit tests. */
import Conf from 'conf';
import type { ReaderApi } from '../../common/api.js';
import { assembleCore, type Core } from '../../main/core.js';
import type { Article } from '../../common/article.js';
import { createNoticeBoard, type NoticeBoard } from '../../main/notices.js';
import { placeBundled } from '../../main/library/library.js';
import { openStore, type OpenedStore } from '../../main/store/open.js';
import type { MovedOut } from '../../main/store/salvage.js';
import { openUserData, type UserData } from '../../main/userData.js';

export const sampleArticle: Article = {
  id: 'sample',
  title: 'บทความตัวอย่าง',
  lang: 'th',
  lead: [{ runs: [{ text: 'ย่อหน้านำ' }] }],
  sections: [
    { id: 'ประวัติ', heading: 'ประวัติ', level: 2, paragraphs: [{ runs: [{ text: 'ข้อความ' }, { cite: '1' }] }] },
    { id: 'อ้างอิง', heading: 'อ้างอิง', level: 2, paragraphs: [] },
  ],
  hasReferenceList: false,
};

/** The real API table over the sample article, with its state kept in `userDataDir`. */
export function sampleApi(userDataDir: string): ReaderApi {
  return sampleCore(userDataDir).api;
}

/** The core's parts over the sample article (as main/core.ts puts them together), for tests that change the library. */
export function sampleCore(userDataDir: string, articles: readonly Article[] = [sampleArticle]): Core {
  const notices = createNoticeBoard();
  const { store, db, close } = openTestUserData(userDataDir, notices);
  placeBundled(db, articles, new Date(0));
  return assembleCore({ store, db, notices, userDataDir, close });
}

/** The user-data folder as the app opens it: settings store and library database, the folder locked by this process. */
export function openTestUserData(dir: string, notices: NoticeBoard = createNoticeBoard(), now?: () => Date): UserData & { notices: NoticeBoard } {
  return { ...openUserData({ Store: Conf, dir, notices, program: 'a test', now, checkEveryMs: 0 }), notices };
}

/**
 * The settings store in `dir` as the app opens it (conf writing, the folder locked by this process), with its
 * notices. An older file's bookmarks are handed to `moveOut` (tests of the move use openTestUserData).
 */
export function openTestStore(
  dir: string,
  notices: NoticeBoard = createNoticeBoard(),
  now?: () => Date,
  moveOut: (moved: MovedOut) => void = () => undefined,
): OpenedStore & { notices: NoticeBoard } {
  return { ...openStore({ Store: Conf, dir, notices, program: 'a test', now, checkEveryMs: 0, moveOut }), notices };
}
