/**
 * The process the crash loop kills: opens the store in a user-data dir as the
 * app does and changes bookmarks until it is killed, reporting on stdout what
 * the API acknowledged.
 *
 * usage: node writer.mjs <user-data-dir> <seed>
 *
 * Protocol, one line each, written synchronously so that a line on the pipe
 * means the call before it returned (lines are far below PIPE_BUF, so a kill
 * never leaves half of one):
 *   ready <count> [recovered]  the store is open and holds <count> bookmarks
 *   ack <id>                   add returned: <id> must survive
 *   del <id>                   written BEFORE remove: <id> need not survive
 *   res <id>                   restore returned: <id> must survive again
 */
import Conf from 'conf';
import { writeSync } from 'node:fs';
import { mulberry32, pick, randomInt, type Random } from '../../../scripts/bench/random.js';
import { createBookmarks } from '../../../main/bookmarks/bookmarks.js';
import type { NewBookmark } from '../../../common/bookmarks.js';
import { BookmarkRows } from '../../../main/bookmarks/bookmarkRows.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { createNoticeBoard } from '../../../main/notices.js';
import { openUserData } from '../../../main/userData.js';
import { sampleArticle } from '../../unit/fixtures.js';

/** Past this many bookmarks the oldest is deleted, so that each write stays a few hundred KB. */
export const bookmarkCap = 150;

const words = ['ประวัติ', 'ความมั่นคง', 'การประชุม', 'ภาษาไทย', 'บันทึก', 'ย่อหน้า', 'อ่านต่อ', 'สำคัญ', 'ตัวอย่าง', 'ข้อความ'];

function thaiText(random: Random, minChars: number, maxChars: number): string {
  const target = randomInt(random, minChars, maxChars);
  let text = '';
  while (text.length < target) text += `${pick(random, words)} `;
  return text.trim();
}

// The sample article's places: the lead's paragraph "ย่อหน้านำ", ประวัติ's "ข้อความ", and อ้างอิง with none.
function newBookmark(random: Random): NewBookmark {
  const name = random() < 0.3 ? '' : thaiText(random, 5, 40);
  // Thai is 3 bytes a character in UTF-8: 700–1700 characters make a 2–5 KB note.
  const note = random() < 0.25 ? thaiText(random, 700, 1700) : thaiText(random, 0, 60);
  const kind = random();
  if (kind < 0.3) return { articleId: sampleArticle.id, sectionId: pick(random, ['lead', 'ประวัติ', 'อ้างอิง']), paragraph: null, range: null, name, note };
  const [sectionId, length] = pick(random, [['lead', 'ย่อหน้านำ'.length], ['ประวัติ', 'ข้อความ'.length]] as const);
  if (kind < 0.6) return { articleId: sampleArticle.id, sectionId, paragraph: 0, range: null, name, note };
  const start = randomInt(random, 0, length - 1);
  return { articleId: sampleArticle.id, sectionId, paragraph: 0, range: { start, end: randomInt(random, start + 1, length) }, name, note };
}

const say = (line: string) => writeSync(1, `${line}\n`);

const [dir, seedArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: writer <user-data-dir> <seed>');
const random = mulberry32(Number(seedArg ?? 1));
const notices = createNoticeBoard();
const { db } = openUserData({ Store: Conf, dir, notices, program: 'the crash writer', checkEveryMs: 0 });
placeBundled(db, [sampleArticle], new Date(0));
const rows = new BookmarkRows(db);
const bookmarks = createBookmarks({ rows, library: createLibrary({ db }) });
say(`ready ${rows.count()}${notices.list().length > 0 ? ' recovered' : ''}`);

// A writer whose killer is gone must not fill the disk: EPIPE on stdout stops it, and so does this limit.
const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  const present = rows.all();
  const oldest = present[0];
  if (oldest && present.length >= bookmarkCap) {
    say(`del ${oldest.id}`);
    await bookmarks.remove(oldest.id);
    continue;
  }
  const action = random();
  const some = present.length > 0 ? pick(random, present) : undefined;
  if (some && action < 0.1) {
    // Delete, then undo: a rewrite without, then a rewrite with it again.
    say(`del ${some.id}`);
    const { removed } = await bookmarks.remove(some.id);
    await bookmarks.restore(removed);
    say(`res ${some.id}`);
  } else if (some && action < 0.25) {
    await bookmarks.update(some.id, { note: thaiText(random, 0, random() < 0.3 ? 1500 : 60) });
  } else {
    const { saved } = await bookmarks.add(newBookmark(random));
    say(`ack ${saved[0]?.id}`);
  }
}
