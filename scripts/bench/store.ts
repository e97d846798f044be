/**
 * `npm run bench:store`: what a call costs as the bookmarks grow. Fills the
 * library database with bookmarks (notes of a given length, Thai), then times
 * a write (adding one: one transaction), listing, and reading the settings —
 * from memory, as Aksorn does, and by re-reading the file, as conf's get()
 * does (what Aksorn did before).
 *
 * usage: npm run bench:store -- [--bookmarks N,N,…] [--note CHARS]
 */
import Conf from 'conf';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBookmarks } from '../../main/bookmarks/bookmarks.js';
import { BookmarkRows } from '../../main/bookmarks/bookmarkRows.js';
import { createLibrary, placeBundled } from '../../main/library/library.js';
import { createNoticeBoard } from '../../main/notices.js';
import { libraryFileIn, openUserData } from '../../main/userData.js';
import { persistedDefaults, persistedSchema, type PersistedState } from '../../main/store/schema.js';
import { sampleArticle } from '../../tests/unit/fixtures.js';
import { percentile } from './stats.js';

const { values } = parseArgs({ options: { bookmarks: { type: 'string', default: '100,300,1000' }, note: { type: 'string', default: '10000' } } });
const counts = values.bookmarks.split(',').map(Number);
const note = 'บันทึก'.repeat(Math.ceil(Number(values.note) / 6)).slice(0, Number(values.note));

const time = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);

console.log(`notes of ${note.length} characters; Node ${process.version}`);
console.log('bookmarks | database MB | add p50 / p95 ms | list ms | settings from memory ms | settings by re-reading the file ms');
for (const count of counts) {
  const dir = mkdtempSync(join(tmpdir(), 'aksorn-bench-store-'));
  const { store, db, close } = openUserData({ Store: Conf, dir, notices: createNoticeBoard(), program: 'the store bench', checkEveryMs: 0 });
  placeBundled(db, [sampleArticle], new Date());
  const bookmarks = createBookmarks({ rows: new BookmarkRows(db), library: createLibrary({ db }) });
  const adds: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await bookmarks.add({ articleId: sampleArticle.id, sectionId: 'lead', paragraph: 0, range: null, name: `${i}`, note });
    // Only the last hundred: the cost at this size, not on the way to it.
    if (i >= count - 100) adds.push(performance.now() - started);
  }
  // percentile() reads sorted samples.
  const sortedAdds = [...adds].sort((a, b) => a - b);
  const started = performance.now();
  await bookmarks.list();
  const list = performance.now() - started;
  const fromMemory = time(() => store.get('settings'));
  const conf = new Conf<PersistedState>({ cwd: dir, schema: persistedSchema, defaults: persistedDefaults });
  const reRead = time(() => conf.get('settings'));
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const size = statSync(libraryFileIn(dir)).size / 1e6;
  console.log(
    `${count} | ${size.toFixed(1)} | ${ms(percentile(sortedAdds, 50))} / ${ms(percentile(sortedAdds, 95))} | ${ms(list)} | ${ms(fromMemory)} | ${ms(reRead)}`,
  );
  close();
  rmSync(dir, { recursive: true, force: true });
}
