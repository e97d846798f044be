/**
 * A whole (small) wiki into the library: a generated dump of 1,000 articles,
 * compressed as Wikimedia ships them, through the app's own reader and import
 * loop. The importers' own tests check the model page by page; this one checks
 * the library that comes out.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open.js';
import { readItems } from '../../../main/import/readers.js';
import { runImport, type ImportProgress } from '../../../main/import/run.js';
import { createLibrary } from '../../../main/library/library.js';
import { generateDump } from '../../../scripts/bench/dump/dump.js';

describe('a dump of 1,000 articles', { timeout: 120_000 }, () => {
  it('imports every article, keeps redirects as titles, skips other namespaces, and links resolve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksorn-dump-'));
    const path = join(dir, 'thwiki.xml.bz2');
    const written = await generateDump({ articles: 1000, seed: 3, out: path });
    const db = openDatabase({ file: join(dir, 'library.db') });
    const reports: ImportProgress[] = [];
    const counts = await runImport({ db, files: [{ name: 'thwiki.xml.bz2', path }], read: readItems, signal: new AbortController().signal, onProgress: (p) => reports.push(p) });

    expect(counts).toEqual({ imported: written.articles, updated: 0, unchanged: 0, aliases: written.redirects, skipped: 0 });
    const library = createLibrary({ db });
    const { articles, total } = await library.list(0, 1000);
    expect(total).toBe(1000);
    expect(new Set(articles.map((a) => a.source))).toEqual(new Set(['dump']));
    // The text the library holds is the text the generator wrote, give or take what tables and infoboxes held.
    const text = articles.reduce((sum, a) => sum + a.size, 0);
    expect(text / written.plainTextBytes).toBeGreaterThan(0.9);
    expect(text / written.plainTextBytes).toBeLessThan(1.2);
    // Most links name articles of the dump, directly or through a redirect.
    const links = (await Promise.all(articles.slice(0, 50).map((a) => library.get(a.id))))
      .flatMap((article) => [...article.lead, ...article.sections.flatMap((s) => s.paragraphs)])
      .flatMap((paragraph) => paragraph.runs.flatMap((run) => ('link' in run ? [run.link] : [])));
    const resolved = (await library.resolveTitles(links)).filter((id) => id !== null).length;
    expect(links.length).toBeGreaterThan(100);
    expect(resolved / links.length).toBeGreaterThan(0.8);
    expect(reports.at(-1)).toMatchObject({ bytesRead: reports.at(-1)?.bytesTotal, currentTitle: null });
    db.close();
  });
});
