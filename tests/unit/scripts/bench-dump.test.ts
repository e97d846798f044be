import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeTitle, titleKey } from '../../../main/library/title.js';
import { generateDump, type DumpFigures } from '../../../scripts/bench/dump/dump.js';
import { summarizeLengths } from '../../../scripts/bench/dump/lengths.js';
import { generatePages } from '../../../scripts/bench/dump/pages.js';
import { pageShares } from '../../../scripts/bench/dump/site.js';
import { escapeXml } from '../../../scripts/bench/dump/xml.js';

interface ParsedPage {
  title: string;
  ns: number;
  redirect: string | undefined;
  text: string;
  textBytes: number;
}

/** The pages of a dump, read with a strict XML parser (it throws on anything not well-formed). */
function parseDump(xml: string): { root: string; dbname: string; pages: ParsedPage[] } {
  const parser = new SaxesParser({ xmlns: true });
  const pages: ParsedPage[] = [];
  const path: string[] = [];
  let root = '';
  let dbname = '';
  let page: Partial<ParsedPage> = {};
  let text = '';
  parser.on('opentag', (tag) => {
    if (path.length === 0) root = `${tag.uri} ${tag.attributes['version']?.value}`;
    path.push(tag.local);
    text = '';
    if (tag.local === 'page') page = { redirect: undefined };
    if (tag.local === 'redirect') page.redirect = tag.attributes['title']?.value;
    if (tag.local === 'text') page.textBytes = Number(tag.attributes['bytes']?.value);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    const parent = path.at(-2);
    if (tag.local === 'dbname') dbname = text;
    if (parent === 'page' && tag.local === 'title') page.title = text;
    if (parent === 'page' && tag.local === 'ns') page.ns = Number(text);
    if (parent === 'revision' && tag.local === 'text') page.text = text;
    if (tag.local === 'page') pages.push(page as ParsedPage);
    path.pop();
    text = '';
  });
  parser.write(xml).close();
  return { root, dbname, pages };
}

const articles = 200;
let dir: string;
let figures: DumpFigures;
let xml: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aksorn-bench-dump-'));
  figures = await generateDump({ articles, seed: 1, out: join(dir, 'a.xml') });
  xml = readFileSync(join(dir, 'a.xml'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateDump', { timeout: 60_000 }, () => {
  it('writes the same bytes for the same seed, others for another seed', async () => {
    await generateDump({ articles, seed: 1, out: join(dir, 'b.xml') });
    await generateDump({ articles, seed: 2, out: join(dir, 'c.xml') });
    expect(readFileSync(join(dir, 'b.xml')).equals(xml)).toBe(true);
    expect(readFileSync(join(dir, 'c.xml')).equals(xml)).toBe(false);
  });

  it('writes well-formed XML shaped like a Wikimedia dump, with the counts it reports', () => {
    const { root, dbname, pages } = parseDump(xml.toString('utf8'));
    expect(root).toBe('http://www.mediawiki.org/xml/export-0.11/ 0.11');
    expect(dbname).toBe('thwiki');
    const redirects = pages.filter((p) => p.redirect !== undefined);
    const others = pages.filter((p) => p.ns !== 0);
    expect(pages.length - redirects.length - others.length).toBe(articles);
    expect(redirects).toHaveLength(Math.round(articles * pageShares.redirects));
    expect(others).toHaveLength(Math.round(articles * pageShares.others));
    expect(new Set(others.map((p) => p.ns))).toEqual(new Set([1, 10, 14]));
    expect(figures).toMatchObject({ pages: pages.length, articles, redirects: redirects.length, otherPages: others.length, xmlBytes: xml.length, fileBytes: xml.length });
    for (const page of pages) expect(page.textBytes).toBe(Buffer.byteLength(page.text));
    expect(figures.wikitextBytes).toBe(pages.reduce((sum, p) => sum + p.textBytes, 0));
  });

  it('gives every page a unique, normalized title, and points every redirect at an article', () => {
    const { pages } = parseDump(xml.toString('utf8'));
    expect(pages.every((p) => normalizeTitle(p.title) === p.title)).toBe(true);
    expect(new Set(pages.map((p) => titleKey(p.title))).size).toBe(pages.length);
    const articleTitles = new Set(pages.filter((p) => p.ns === 0 && p.redirect === undefined).map((p) => p.title));
    for (const page of pages.filter((p) => p.redirect !== undefined)) {
      expect(articleTitles.has(page.redirect as string)).toBe(true);
      expect(page.text).toMatch(/^#(เปลี่ยนทาง|REDIRECT|redirect) \[\[/);
      expect(page.text).toContain(`[[${page.redirect}`);
    }
  });

  it('links mostly to pages of the dump and sometimes to titles no page has', () => {
    const { pages } = parseDump(xml.toString('utf8'));
    const keys = new Set(pages.filter((p) => p.ns === 0).map((p) => titleKey(p.title)));
    const targets = pages
      .filter((p) => p.ns === 0 && p.redirect === undefined)
      .flatMap((p) => [...p.text.matchAll(/\[\[([^\]|#:]+)[\]|#]/g)].map((m) => titleKey(m[1] as string)));
    const resolved = targets.filter((t) => keys.has(t)).length;
    expect(resolved / targets.length).toBeGreaterThan(0.8);
    expect(resolved).toBeLessThan(targets.length);
  });

  it('writes a .xml.bz2 that bzip2 decompresses to the same bytes as the .xml', async () => {
    const out = join(dir, 'a.xml.bz2');
    const compressed = await generateDump({ articles, seed: 1, out });
    expect(execFileSync('bzip2', ['-dc', out], { maxBuffer: 1 << 30 }).equals(xml)).toBe(true);
    expect(compressed.fileBytes).toBeLessThan(xml.length / 3);
  });

  it('refuses an output that is neither .xml nor .xml.bz2, writing nothing', async () => {
    const out = join(dir, 'a.txt');
    await expect(generateDump({ articles: 5, seed: 1, out })).rejects.toThrow(/\.xml or \.xml\.bz2/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('article lengths', { timeout: 60_000 }, () => {
  it('have a median of 1–2 kB of plain text and a long tail (p99 over 10 × the median)', () => {
    const sizes: number[] = [];
    for (const page of generatePages({ articles: 2_000, seed: 1 }).pages) if (page.kind === 'article') sizes.push(page.plainBytes);
    const { count, p50, p99 } = summarizeLengths(sizes);
    expect(count).toBe(2_000);
    expect(p50).toBeGreaterThanOrEqual(1_000);
    expect(p50).toBeLessThanOrEqual(2_000);
    expect(p99).toBeGreaterThan(10 * p50);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and replaces characters XML cannot carry', () => {
    expect(escapeXml('a & b <ref name="x"/> c')).toBe('a &amp; b &lt;ref name=&quot;x&quot;/&gt; c');
    expect(escapeXml('ไทย\tline\nnext')).toBe('ไทย\tline\nnext');
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('\u{1F600} \r')).toBe('\u{1F600} &#13;');
  });
});
