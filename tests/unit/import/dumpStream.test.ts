import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeDump, readDump } from '../../../main/import/dump/index.js';
import { ImportRefusal, type ImportInput, type ImportItem } from '../../../main/import/types.js';
import { articleIdOfTitle } from '../../../main/library/title.js';
import { bytesInput, fileInput, plain, readAll } from './dumpInput.js';
import { dumpHead, dumpTail, dumpXml, pageXml, sampleTitle, samplePages, type SamplePage } from './dumpPages.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'aksorn-dump-test-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Writes `content` to the temp folder; with `bzip2Flags`, compresses it with the bzip2 CLI and answers the .bz2. */
function writeDump(name: string, content: string | Buffer, bzip2Flags?: string[]): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  if (bzip2Flags === undefined) return path;
  execFileSync('bzip2', [...bzip2Flags, '-k', '-f', path]);
  return `${path}.bz2`;
}

function articleTitles(items: readonly ImportItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'article' ? [item.article.title] : []));
}

function refusalMessage(error: unknown): string {
  expect(error).toBeInstanceOf(ImportRefusal);
  return (error as ImportRefusal).message;
}

/** The index of the `n`th (1-based) occurrence of `part` in `text`. */
function nth(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`no ${String(n)}th ${part}`);
  return at;
}

describe('bzip2', () => {
  it('reads a .xml.bz2 made by the bzip2 CLI into the same items as the .xml, counting compressed bytes', async () => {
    const xml = dumpXml(samplePages(60, 11));
    const plainPath = writeDump('sixty.xml', xml);
    const bz2Path = writeDump('sixty-copy.xml', xml, ['-9']);
    const fromXml = await readAll(fileInput(plainPath));
    const progress: number[] = [];
    const fromBz2 = await readAll(fileInput(bz2Path), { onBytes: (n) => progress.push(n) });
    expect(fromBz2.error).toBeUndefined();
    expect(fromBz2.items).toHaveLength(60);
    expect(fromBz2.items).toEqual(fromXml.items);
    expect(progress.at(-1)).toBe(statSync(bz2Path).size);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('reads concatenated bzip2 streams (a "multistream" dump) as one', async () => {
    const pages = samplePages(20, 12);
    const first = readFileSync(writeDump('part1.xml', dumpHead() + pages.slice(0, 10).map((p, i) => pageXml(p, i + 1)).join(''), []));
    const second = readFileSync(writeDump('part2.xml', pages.slice(10).map((p, i) => pageXml(p, i + 11)).join('') + dumpTail, []));
    const joined = writeDump('multistream.xml.bz2', Buffer.concat([first, second]));
    const read = await readAll(fileInput(joined));
    expect(read.error).toBeUndefined();
    expect(articleTitles(read.items)).toEqual(pages.map((p) => p.title));
  });

  it('hands on what was complete in a cut-off .bz2, then refuses it saying how far it got', async () => {
    const whole = readFileSync(writeDump('cut.xml', dumpXml(samplePages(300, 13)), ['-1']));
    const cut = writeDump('cut-short.xml.bz2', whole.subarray(0, Math.floor(whole.length * 0.6)));
    const read = await readAll(fileInput(cut));
    const articles = read.items.filter((i) => i.kind === 'article').length;
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(300);
    expect(articleTitles(read.items)).toEqual(samplePages(articles, 13).map((p) => p.title));
    expect(refusalMessage(read.error)).toBe(`the compressed dump is damaged or cut short (after ${String(articles)} articles)`);
  });
});

describe('streaming', () => {
  it('reads the same items from chunks of a few bytes, which cut Thai letters and tags apart', async () => {
    const xml = dumpXml(samplePages(15, 14));
    const whole = await readAll(bytesInput('thwiki.xml', xml));
    const crumbs = await readAll(bytesInput('thwiki.xml', xml, 7));
    expect(crumbs.error).toBeUndefined();
    expect(crumbs.items).toEqual(whole.items);
  });

  it('reports the bytes read after each chunk, up to the whole file', async () => {
    const xml = Buffer.from(dumpXml(samplePages(10, 15)));
    const progress: number[] = [];
    await readAll(bytesInput('thwiki.xml', xml, 4096), { onBytes: (n) => progress.push(n) });
    expect(progress).toEqual(Array.from({ length: Math.ceil(xml.length / 4096) }, (_, i) => Math.min((i + 1) * 4096, xml.length)));
  });

  it('reads a page only when the one before was taken, and closes the input when the reader stops early', async () => {
    const xml = Buffer.from(dumpXml(samplePages(200, 16)));
    let pulled = 0;
    let closed = false;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      try {
        for (let at = 0; at < xml.length; at += 4096) {
          pulled++;
          yield xml.subarray(at, at + 4096);
        }
      } finally {
        closed = true;
      }
    }
    const reader = readDump({ name: 'thwiki.xml', stream: chunks() });
    await reader.next();
    const afterFirst = pulled;
    expect(afterFirst).toBeLessThan(Math.ceil(xml.length / 4096) / 10);
    await reader.return(undefined);
    expect(pulled).toBe(afterFirst);
    expect(closed).toBe(true);
  });
});

describe('a dump that breaks off', () => {
  const pages = samplePages(10, 17);
  const xml = dumpXml(pages);

  it('hands on the pages before a cut in the middle of a page, then says where it broke', async () => {
    const cutAt = nth(xml, '<text ', 6) + 200;
    const read = await readAll(bytesInput('thwiki.xml', xml.slice(0, cutAt)));
    expect(articleTitles(read.items)).toEqual(pages.slice(0, 5).map((p) => p.title));
    expect(refusalMessage(read.error)).toBe('the dump ends in the middle of page 6 (after 5 articles)');
  });

  it('says so when it ends between pages, without its closing tag', async () => {
    const cutAt = nth(xml, '</page>', 3) + '</page>'.length;
    const read = await readAll(bytesInput('thwiki.xml', xml.slice(0, cutAt)));
    expect(read.items).toHaveLength(3);
    expect(refusalMessage(read.error)).toBe('the dump ends after page 3, without its closing tag (after 3 articles)');
  });

  it('hands on the pages before malformed XML, then says in which page it broke', async () => {
    const at = nth(xml, '</title>', 2);
    const broken = `${xml.slice(0, at)}</titel>${xml.slice(at + '</title>'.length)}`;
    const read = await readAll(bytesInput('thwiki.xml', broken));
    expect(read.items).toHaveLength(1);
    expect(refusalMessage(read.error)).toMatch(/^the dump's XML breaks in page 2 \(after 1 article\): \S/);
  });
});

describe('files that are not MediaWiki dumps', () => {
  it.each([
    ['notes.txt', 'just some text, not XML at all', 'not a MediaWiki XML dump: it is not XML'],
    ['page.html', '<!DOCTYPE html><html><body>hello</body></html>', 'not a MediaWiki XML dump: its root element is <html>, not <mediawiki>'],
    ['feed.xml', '<?xml version="1.0"?>\n<rss><channel/></rss>', 'not a MediaWiki XML dump: its root element is <rss>, not <mediawiki>'],
    ['blank.xml', '   \n\n  ', 'not a MediaWiki XML dump: it has no XML element'],
    ['empty.xml', '', 'the file is empty'],
  ])('refuses %s in one line', async (name, content, message) => {
    const read = await readAll(bytesInput(name, content));
    expect(read.items).toEqual([]);
    expect(refusalMessage(read.error)).toBe(message);
  });

  it('refuses binary data, and bzip2 magic followed by garbage', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(refusalMessage((await readAll(bytesInput('image.png', png))).error)).toBe('not a MediaWiki XML dump: it is not XML');
    const fake = Buffer.concat([Buffer.from('BZh9'), Buffer.alloc(5000, 7)]);
    expect(refusalMessage((await readAll(bytesInput('fake.xml.bz2', fake))).error)).toBe(
      'the compressed dump is damaged or cut short (after 0 articles)',
    );
  });
});

describe('cancelling', () => {
  it('stops between pages when the signal aborts, reading nothing more', async () => {
    const xml = Buffer.from(dumpXml(samplePages(200, 18)));
    let pulled = 0;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < xml.length; at += 4096) {
        pulled++;
        yield xml.subarray(at, at + 4096);
      }
    }
    const controller = new AbortController();
    const items: ImportItem[] = [];
    let error: unknown;
    try {
      for await (const item of readDump({ name: 'thwiki.xml', stream: chunks() }, { signal: controller.signal })) {
        items.push(item);
        if (items.length === 3) controller.abort();
      }
    } catch (caught) {
      error = caught;
    }
    const pulledAtAbort = pulled;
    expect(items).toHaveLength(3);
    expect((error as Error).name).toBe('AbortError');
    expect(pulled).toBe(pulledAtAbort);
    expect(pulled).toBeLessThan(Math.ceil(xml.length / 4096));
  });

  it('reads nothing when the signal has already aborted', async () => {
    let pulled = 0;
    const input: ImportInput = {
      name: 'thwiki.xml',
      stream: (async function* () {
        pulled++;
        yield Buffer.from(dumpXml(samplePages(2, 19)));
      })(),
    };
    const read = await readAll(input, { signal: AbortSignal.abort() });
    expect((read.error as Error).name).toBe('AbortError');
    expect(read.items).toEqual([]);
    expect(pulled).toBe(0);
  });
});

describe('a dump of a thousand pages', () => {
  it('reads back every article with its title, passing over talk pages and handing on redirects', async () => {
    const articles = samplePages(1000, 20);
    const pages: SamplePage[] = articles.flatMap((page, i) => {
      const extra: SamplePage[] = [];
      if (i % 100 === 0) extra.push({ title: `พูดคุย:${page.title}`, ns: 1, text: 'ความเห็น ~~~~' });
      if (i % 250 === 0) extra.push({ title: `ชื่ออื่น ${String(i)}`, redirect: page.title, text: `#เปลี่ยนทาง [[${page.title}]]` });
      return [page, ...extra];
    });
    const path = writeDump('thousand.xml', dumpXml(pages));
    const read = await readAll(fileInput(path));
    expect(read.error).toBeUndefined();

    const titles = Array.from({ length: 1000 }, (_, i) => sampleTitle(i));
    expect(articleTitles(read.items)).toEqual(titles);
    expect(read.items.filter((i) => i.kind === 'redirect')).toEqual(
      [0, 250, 500, 750].map((i) => ({ kind: 'redirect', from: `ชื่ออื่น ${String(i)}`, to: titles[i] })),
    );
    expect(read.items.filter((i) => i.kind === 'skipped')).toEqual([]);

    for (const item of read.items) {
      if (item.kind !== 'article') continue;
      const { article } = item;
      expect(article.id).toBe(articleIdOfTitle(article.title));
      // Each page opens with its title in bold, cites ref 2 (ref 1 is in the infobox) and asks for a citation.
      expect(plain(article.lead[0]).startsWith(`${article.title} `)).toBe(true);
      expect(article.lead[0]?.runs).toContainEqual({ cite: '2' });
      expect(article.lead[1]?.runs).toContainEqual({ citationNeeded: true });
      expect(article.sections.at(-1)?.heading).toBe('อ้างอิง');
      expect(article.sections[0]?.paragraphs.map((p) => p.item?.depth)).toEqual([undefined, 1, 2, 1]);
      expect(article.hasReferenceList).toBe(true);
    }
  });
});

describe('looksLikeDump', () => {
  it.each([
    ['thwiki-latest-pages-articles.xml', '', true],
    ['thwiki-latest-pages-articles.xml.bz2', '', true],
    ['THWIKI.XML.BZ2', '', true],
    ['export.bz2', '', true],
    ['export', 'BZh91AY&SY', true],
    ['download', '<?xml version="1.0"?>\n<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">', true],
    ['article.txt', 'กรุงเทพมหานคร\nเป็นเมืองหลวง', false],
    ['page.html', '<html><body>mediawiki</body></html>', false],
  ])('answers for %s: %s', (name, head, expected) => {
    expect(looksLikeDump(name, Buffer.from(head))).toBe(expected);
  });
});
