import { describe, expect, it } from 'vitest';
import { looksLikeHtml, maxHtmlBytes, parseWikipediaHtml, readHtmlPage } from '../../../../main/import/html/index.js';
import { elementsUnder } from '../../../../main/import/html/dom.js';
import { maxElements, maxNestingDepth, parseDocument } from '../../../../main/import/html/tree.js';
import { ImportRefusal, type ImportInput } from '../../../../main/import/types.js';
import { articleOf, desktopPage, fixture, fixtureBytes } from './helpers.js';

const utf8 = new TextEncoder();

/** Windows-874 (TIS-620 plus a few marks): ASCII as is, Thai U+0E01–U+0E5B at 0xA1–0xFB. */
function windows874(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    throw new Error(`not in windows-874: ${char}`);
  }));
}

function input(name: string, chunks: Iterable<Uint8Array>, size?: number): ImportInput {
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  return size === undefined ? { name, stream: stream() } : { name, stream: stream(), size };
}

async function refusalOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('not refused');
}

describe('refusals', () => {
  it('refuses a file that is not HTML', async () => {
    expect(await refusalOf(() => parseWikipediaHtml('กรุงเทพมหานคร แก้\nข้อความ', 'notes.txt'))).toBe(
      'notes.txt: not an HTML page (no <html> element)',
    );
  });

  it('refuses a page with an empty body', async () => {
    const html = '<!DOCTYPE html><html><head><title>ว่าง - วิกิพีเดีย</title></head><body> \n </body></html>';
    expect(await refusalOf(() => parseWikipediaHtml(html, 'empty.html'))).toBe('empty.html: the HTML page has an empty body');
  });

  it('refuses a page without a title', async () => {
    const html = '<html><body><p>ข้อความไม่มีชื่อ</p></body></html>';
    expect(await refusalOf(() => parseWikipediaHtml(html, 'untitled.html'))).toMatch(/^untitled\.html: no page title/);
  });

  it('refuses a page with no paragraph of article text', async () => {
    const html = desktopPage('<table class="infobox"><tr><td>ข้อมูล</td></tr></table><div class="navbox">นำทาง</div><h2>หัวข้อ</h2>');
    expect(await refusalOf(() => parseWikipediaHtml(html, 'empty-article.html'))).toBe(
      'empty-article.html: no article text in the page (not a single paragraph)',
    );
  });

  it('refuses a file larger than the cap without reading past it', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let pulled = 0;
    function* chunks(): Generator<Uint8Array> {
      for (;;) {
        pulled++;
        yield chunk;
      }
    }
    expect(await refusalOf(() => readHtmlPage(input('huge.html', chunks())))).toBe(
      'huge.html: larger than 32 MiB; not a single page',
    );
    expect(pulled).toBe(maxHtmlBytes / chunk.length + 1);
  });

  it('refuses a file whose size is known to be over the cap before reading it', async () => {
    let pulled = false;
    function* chunks(): Generator<Uint8Array> {
      pulled = true;
      yield new Uint8Array(1);
    }
    expect(await refusalOf(() => readHtmlPage(input('big.html', chunks(), maxHtmlBytes + 1)))).toMatch(/^big\.html: larger than/);
    expect(pulled).toBe(false);
  });

  it('refuses bytes that are not valid UTF-8 when the page declares no other charset', async () => {
    const bytes = windows874('<html><head><title>ไทย</title></head><body><p>ข้อความภาษาไทย</p></body></html>');
    expect(await refusalOf(() => readHtmlPage(input('tis.html', [bytes])))).toBe('tis.html: not valid UTF-8 text');
  });

  it('refuses a charset no decoder knows', async () => {
    const bytes = utf8.encode('<html><head><meta charset="x-klingon"><title>t</title></head><body><p>x</p></body></html>');
    expect(await refusalOf(() => readHtmlPage(input('odd.html', [bytes])))).toBe('odd.html: declares an unknown charset "x-klingon"');
  });

  it('refuses markup nested deeper than any page', async () => {
    const html = desktopPage('<div>'.repeat(maxNestingDepth + 10) + '<p>ลึก</p>');
    expect(await refusalOf(() => parseWikipediaHtml(html, 'deep.html'))).toBe(
      `deep.html: elements nested more than ${maxNestingDepth} deep; not a Wikipedia page`,
    );
  });

  it('refuses a page of more elements than any page has', async () => {
    const html = desktopPage('<p>ก</p>'.repeat(2000));
    expect(await refusalOf(() => parseDocument(html, 'many.html', { depth: maxNestingDepth, elements: 1000 }))).toBe(
      'many.html: more than 1,000 elements; not a Wikipedia page',
    );
  });

  it('lets a real page as large as the size cap stay under the element limit', () => {
    const html = fixture('desktop-vector2022.html');
    const elements = [...elementsUnder(parseDocument(html, 'page.html'))].length;
    expect((elements / Buffer.byteLength(html)) * maxHtmlBytes).toBeLessThan(maxElements);
  });

  it('keeps its message on one line whatever the file is called', async () => {
    expect(await refusalOf(() => parseWikipediaHtml('text', 'two\nlines.html'))).toBe(
      'two lines.html: not an HTML page (no <html> element)',
    );
  });
});

describe('decoding', () => {
  const page = '<html><head>{meta}<title>ช้าง - วิกิพีเดีย</title></head><body><h1 id="firstHeading">ช้าง</h1><p>ช้างเป็นสัตว์ใหญ่</p></body></html>';

  it('reads windows-874 and TIS-620 pages as they declare', async () => {
    for (const meta of ['<meta charset="windows-874">', '<meta http-equiv="Content-Type" content="text/html; charset=TIS-620">']) {
      const items = await readHtmlPage(input('thai.html', [windows874(page.replace('{meta}', meta))]));
      expect(articleOf(items).lead[0]?.runs).toEqual([{ text: 'ช้างเป็นสัตว์ใหญ่' }]);
    }
  });

  it('honours a UTF-8 or UTF-16 byte order mark', async () => {
    const html = page.replace('{meta}', '');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(html, 'utf16le'))]);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8.encode(html)]);
    for (const bytes of [utf16, withBom]) expect(articleOf(await readHtmlPage(input('bom.html', [bytes]))).title).toBe('ช้าง');
  });

  it('reads a page declaring UTF-16 without a byte order mark as UTF-8, as browsers do', async () => {
    const bytes = utf8.encode(page.replace('{meta}', '<meta charset="utf-16">'));
    expect(articleOf(await readHtmlPage(input('u.html', [bytes]))).title).toBe('ช้าง');
  });

  it('reads a UTF-8 character split across chunks', async () => {
    const bytes = fixtureBytes('parsoid.html');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    expect(await readHtmlPage(input('parsoid.html', chunks))).toEqual(parseWikipediaHtml(fixture('parsoid.html'), 'parsoid.html'));
  });
});

describe('looksLikeHtml', () => {
  it('knows HTML by its extension', () => {
    for (const name of ['a.html', 'B.HTM', 'c.xhtml']) expect(looksLikeHtml(name, new Uint8Array())).toBe(true);
  });

  it('knows HTML by its first bytes, after a BOM, white space or a comment', () => {
    for (const head of ['<!DOCTYPE html>', '\uFEFF  <!doctype HTML>', '\n<HTML lang="th">', '<!-- saved from url=(0014)about:internet -->\n<html>']) {
      expect(looksLikeHtml('page', utf8.encode(head))).toBe(true);
    }
  });

  it('does not take text exports, XML dumps or other files for HTML', () => {
    for (const [name, head] of [
      ['article.txt', 'กรุงเทพมหานคร\nประวัติ แก้'],
      ['dump.xml', '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">'],
      ['page', 'html is a markup language'],
      ['x.htmlx', '<htmlx>'],
    ] as const) {
      expect(looksLikeHtml(name, utf8.encode(head))).toBe(false);
    }
  });
});
