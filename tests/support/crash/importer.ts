/**
 * The process the import crash test kills: imports generated articles into
 * the library database in `dir`, as the import worker does, and prints
 * "ack <id>" for each article once its batch is committed.
 *
 * usage: importer <dir> <seed>
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open.js';
import { runImport } from '../../../main/import/run.js';
import type { ImportItem } from '../../../main/import/types.js';
import { generatedArticle } from './generatedArticle.js';

const [dir, seedArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: importer <dir> <seed>');
const seed = Number(seedArg ?? 1);
const say = (line: string) => writeSync(1, `${line}\n`);

const db = openDatabase({ file: join(dir, 'library.db') });
say('ready');
// Some titles repeat across rounds, so updates in place are killed too, not only inserts.
async function* pages(): AsyncIterable<ImportItem> {
  for (let n = 0; n < 100_000; n++) yield { kind: 'article', article: generatedArticle(seed, n % 3 === 0 ? n : seed * 100_000 + n) };
}
await runImport({
  db,
  files: [{ name: 'generated', path: '/dev/null' }],
  read: async () => ({ format: 'dump', items: pages() }),
  signal: new AbortController().signal,
  reportEveryMs: 0,
  batchMs: 5,
  onProgress: ({ committed }) => {
    for (const id of committed) say(`ack ${id}`);
  },
});
