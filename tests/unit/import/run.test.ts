import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { readItems } from '../../../main/import/readers.js';
import { runImport, type ImportFile, type ImportProgress, type ItemReader } from '../../../main/import/run.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { articleIdOfTitle } from '../../../main/library/title.js';
import type { ImportItem } from '../../../main/import/types.js';
import { sampleArticle } from '../fixtures.js';

const folder = () => mkdtempSync(join(tmpdir(), 'aksorn-import-'));

/** A text export: title, a lead, one section (headings end with the edit word). */
const textExport = (title: string, body = 'ย่อหน้าแรกของบทความ[1]') => `${title}\n\n${body}\n\nประวัติ แก้\n\nเนื้อหาของหัวข้อ\n`;

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): ImportFile[] {
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return { name, path };
  });
}

function library() {
  const db = openDatabase({ file: ':memory:' });
  placeBundled(db, [sampleArticle], new Date(0));
  return { db, library: createLibrary({ db }) };
}

async function importAll(files: readonly ImportFile[], read: ItemReader = readItems, signal = new AbortController().signal) {
  const target = library();
  const reports: ImportProgress[] = [];
  const counts = await runImport({ db: target.db, files, read, signal, onProgress: (p) => reports.push(p) });
  return { ...target, counts, reports };
}

describe('an import of text exports', () => {
  it('adds each file as an article whose id comes from its title, and reports what it committed', async () => {
    const files = writeFiles(folder(), { 'a.txt': textExport('ดาราศาสตร์'), 'b.txt': textExport('ฟิสิกส์') });
    const { library: lib, counts, reports } = await importAll(files);
    expect(counts).toEqual({ imported: 2, updated: 0, unchanged: 0, aliases: 0, skipped: 0 });
    const article = await lib.get(articleIdOfTitle('ดาราศาสตร์'));
    expect(article.sections.map((s) => [s.heading, s.level])).toEqual([['ประวัติ', 2]]);
    expect((await lib.list(0, 10)).articles.map((a) => [a.title, a.source])).toEqual([
      ['บทความตัวอย่าง', 'bundled'],
      ['ดาราศาสตร์', 'text'],
      ['ฟิสิกส์', 'text'],
    ]);
    const last = reports.at(-1) as ImportProgress;
    expect(reports.flatMap((r) => r.committed)).toEqual(['ดาราศาสตร์', 'ฟิสิกส์']);
    expect(last).toMatchObject({ bytesRead: last.bytesTotal, currentTitle: null, imported: 2 });
  });

  it('updates an article imported again in place, and counts an identical one as unchanged', async () => {
    const dir = folder();
    const target = library();
    const run = (files: ImportFile[]) => runImport({ db: target.db, files, read: readItems, signal: new AbortController().signal, onProgress: () => {} });
    await run(writeFiles(dir, { 'a.txt': textExport('ดาราศาสตร์') }));
    expect(await run(writeFiles(dir, { 'a.txt': textExport('ดาราศาสตร์') }))).toMatchObject({ imported: 0, unchanged: 1 });
    expect(await run(writeFiles(dir, { 'a2.txt': textExport('ดาราศาสตร์', 'ข้อความใหม่') }))).toMatchObject({ imported: 0, updated: 1 });
    expect((await target.library.list(0, 10)).total).toBe(2);
    expect((await target.library.get('ดาราศาสตร์')).lead[0]?.runs).toEqual([{ text: 'ข้อความใหม่' }]);
  });

  it('refuses each bad file with its own reason while the others import', async () => {
    const files = writeFiles(folder(), {
      'good.txt': textExport('ดาราศาสตร์'),
      'empty.txt': '',
      'binary.txt': new Uint8Array([0, 1, 2, 3, 0, 0]),
      'latin1.txt': new Uint8Array([0xe0, 0xe1, 0x0a]),
      'bundled.txt': textExport(sampleArticle.title),
    });
    const { counts, reports } = await importAll([...files, { name: 'gone.txt', path: '/nonexistent/gone.txt' }]);
    expect(counts).toMatchObject({ imported: 1, skipped: 5 });
    // A page is refused when its batch is written, so problems come in no fixed order across files.
    const problems = reports.flatMap((r) => r.problems);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(expect.arrayContaining([
      { file: 'empty.txt', title: null, reason: 'file is empty' },
      { file: 'binary.txt', title: null, reason: 'binary file (contains NUL bytes)' },
      { file: 'latin1.txt', title: null, reason: 'not valid UTF-8 (convert TIS-620 or Windows-874 text to UTF-8 first)' },
      { file: 'bundled.txt', title: sampleArticle.title, reason: 'an article of this title comes with Aksorn and is not replaced' },
      { file: 'gone.txt', title: null, reason: expect.stringContaining('ENOENT') },
    ]));
  });
});

describe('an import of saved Wikipedia pages', () => {
  it('reads a page by its content, whatever its name, and keeps its redirect as another title', async () => {
    const fixture = readFileSync(fileURLToPath(new URL('../../fixtures/import/html/desktop-vector2022.html', import.meta.url)));
    const files = writeFiles(folder(), { 'saved page': fixture, 'b.txt': textExport('ฟิสิกส์') });
    const { library: lib, counts } = await importAll(files);
    expect(counts).toMatchObject({ imported: 2, aliases: 1, skipped: 0 });
    expect((await lib.list(0, 10)).articles.map((a) => [a.title, a.source])).toContainEqual(['กรุงเทพมหานคร', 'html']);
    expect((await lib.get('กรุงเทพมหานคร')).sections.length).toBeGreaterThan(1);
  });
});

describe('the import loop', () => {
  /** A reader that answers the given items for any file. */
  const reading = (items: readonly ImportItem[]): ItemReader => async () => ({
    format: 'dump',
    items: (async function* () {
      yield* items;
    })(),
  });
  const page = (title: string) => ({ kind: 'article' as const, article: { ...sampleArticle, id: articleIdOfTitle(title), title } });

  it('keeps redirects as aliases and skipped pages as problems', async () => {
    const files = writeFiles(folder(), { 'dump.xml': '<mediawiki/>' });
    const items: ImportItem[] = [page('กรุงเทพมหานคร'), { kind: 'redirect', from: 'กทม', to: 'กรุงเทพมหานคร' }, { kind: 'skipped', title: 'เสีย', reason: 'the page has no text' }];
    const { library: lib, counts, reports } = await importAll(files, reading(items));
    expect(counts).toEqual({ imported: 1, updated: 0, unchanged: 0, aliases: 1, skipped: 1 });
    expect(await lib.resolveTitles(['กทม'])).toEqual(['กรุงเทพมหานคร']);
    expect(reports.flatMap((r) => r.problems)).toEqual([{ file: 'dump.xml', title: 'เสีย', reason: 'the page has no text' }]);
  });

  it('stops between two articles when cancelled, and keeps every article read before, whole', async () => {
    const files = writeFiles(folder(), { 'dump.xml': '<mediawiki/>' });
    const controller = new AbortController();
    const items = (async function* () {
      for (let n = 1; n <= 100; n++) {
        if (n === 41) controller.abort();
        yield page(`บทความ ${n}`);
      }
    })();
    const { library: lib, counts } = await importAll(files, async () => ({ format: 'dump', items }), controller.signal);
    expect(counts.imported).toBe(40);
    const { articles, total } = await lib.list(0, 1000);
    expect(total).toBe(41);
    for (const { id } of articles) expect((await lib.get(id)).sections).toHaveLength(2);
  });

  it('leaves nothing of an article whose write fails, and goes on with the next', async () => {
    const files = writeFiles(folder(), { 'dump.xml': '<mediawiki/>' });
    const broken = { kind: 'article' as const, article: { ...sampleArticle, id: 'x', title: 'บทความเสีย', sections: [null] } } as unknown as ImportItem;
    const { db, library: lib, counts } = await importAll(files, reading([broken, page('บทความดี')]));
    expect(counts).toMatchObject({ imported: 1, skipped: 1 });
    expect(await lib.resolveTitles(['บทความเสีย', 'บทความดี'])).toEqual([null, 'บทความดี']);
    expect((db.prepare('SELECT count(*) AS n FROM sections WHERE article NOT IN (SELECT rowid FROM articles)').get() as { n: number }).n).toBe(0);
  });

  it('commits in batches, so a report never names an article another connection cannot see yet', async () => {
    const dir = folder();
    const files = writeFiles(dir, { 'dump.xml': '<mediawiki/>' });
    const file = join(dir, 'library.db');
    const writer = openDatabase({ file });
    const reader = openDatabase({ file });
    const visible = reader.prepare('SELECT count(*) AS n FROM articles WHERE id = ?');
    let seen = 0;
    let invisible = 0;
    await runImport({
      db: writer,
      files,
      read: reading(Array.from({ length: 300 }, (_, n) => page(`บทความ ${n}`))),
      signal: new AbortController().signal,
      reportEveryMs: 0,
      batchMs: 1,
      onProgress: (progress) => {
        for (const id of progress.committed) {
          seen++;
          if ((visible.get(id) as { n: number }).n !== 1) invisible++;
        }
      },
    });
    expect([seen, invisible]).toEqual([300, 0]);
  });
});
