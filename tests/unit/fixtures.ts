/** Small hand-made values shared by unit tests. */
import Conf from 'conf';
import type { ReaderApi } from '../../common/api.js';
import { assembleCore, type Core } from '../../main/core.js';
import type { Article } from '../../common/article.js';
import { buildSearchIndex } from '../../main/search/build.js';
import { createNoticeBoard, type NoticeBoard } from '../../main/notices.js';
import { openStore, type OpenedStore } from '../../main/store/open.js';

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
export function sampleCore(userDataDir: string): Core {
  const articles = [sampleArticle];
  const notices = createNoticeBoard();
  const { store, close } = openTestStore(userDataDir, notices);
  return { ...assembleCore({ articles, searchIndex: buildSearchIndex(articles), store, notices }), close };
}

/** The store in `dir` as the app opens it (conf writing, the folder locked by this process), with its notices. */
export function openTestStore(dir: string, notices: NoticeBoard = createNoticeBoard(), now?: () => Date): OpenedStore & { notices: NoticeBoard } {
  return { ...openStore({ Store: Conf, dir, notices, program: 'a test', now, checkEveryMs: 0 }), notices };
}
