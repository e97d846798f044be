/**
 * Writes a generated MediaWiki XML dump page by page, never holding more than
 * a chunk of it in memory, and answers what it wrote.
 */
import { rmSync, statSync } from 'node:fs';
import { summarizeLengths, type LengthSummary } from './lengths.js';
import { generatePages } from './pages.js';
import { openSink } from './sink.js';
import { dumpFooter, dumpHeader, pageXml } from './xml.js';

export interface DumpProgress {
  readonly pages: number;
  /** Uncompressed XML bytes written so far. */
  readonly xmlBytes: number;
  readonly elapsedMs: number;
}

export interface DumpOptions {
  /** Main-namespace articles; about 15% redirects and 3% other pages come on top. */
  readonly articles: number;
  readonly seed: number;
  /** A path ending in .xml, or .xml.bz2 to compress with bzip2. */
  readonly out: string;
  /** Called now and then while writing, and once at the end. */
  readonly onProgress?: (progress: DumpProgress) => void;
}

export interface DumpFigures {
  readonly pages: number;
  readonly articles: number;
  readonly redirects: number;
  readonly otherPages: number;
  /** UTF-8 bytes of the articles' visible text (paragraphs, headings, list items), counted while generating. */
  readonly plainTextBytes: number;
  /** UTF-8 bytes of every page's wikitext. */
  readonly wikitextBytes: number;
  /** The XML, uncompressed. */
  readonly xmlBytes: number;
  /** The file written (compressed for .xml.bz2). */
  readonly fileBytes: number;
  readonly elapsedMs: number;
  /** Distribution of the articles' visible text bytes. */
  readonly articleLengths: LengthSummary;
}

/** Pages are gathered into writes of about this many characters: fewer, larger writes are faster. */
const chunkChars = 1 << 20;
const progressEveryMs = 1_000;

/** Writes a dump of `articles` generated articles to `out`; the same options always give the same bytes. */
export async function generateDump(options: DumpOptions): Promise<DumpFigures> {
  const { articles, seed, out, onProgress } = options;
  const started = performance.now();
  const { pages } = generatePages({ articles, seed });
  const sink = openSink(out);
  const counts = { article: 0, redirect: 0, other: 0 };
  const articleBytes = new Uint32Array(articles);
  let plainTextBytes = 0;
  let wikitextBytes = 0;
  let xmlBytes = 0;
  let written = 0;
  let lastProgress = started;
  let chunk = dumpHeader();

  const flush = async () => {
    xmlBytes += Buffer.byteLength(chunk);
    await sink.write(chunk);
    chunk = '';
  };
  const progress = () => onProgress?.({ pages: written, xmlBytes, elapsedMs: performance.now() - started });

  try {
    for (const page of pages) {
      const { xml, textBytes } = pageXml(page);
      if (page.kind === 'article') {
        articleBytes[counts.article] = page.plainBytes;
        plainTextBytes += page.plainBytes;
      }
      counts[page.kind] += 1;
      wikitextBytes += textBytes;
      written += 1;
      chunk += xml;
      if (chunk.length >= chunkChars) {
        await flush();
        if (performance.now() - lastProgress >= progressEveryMs) {
          lastProgress = performance.now();
          progress();
        }
      }
    }
    chunk += dumpFooter;
    await flush();
  } catch (error) {
    // A half-written dump would pass for a whole one.
    await sink.close().catch(() => {});
    rmSync(out, { force: true });
    throw error;
  }
  await sink.close();
  progress();
  return {
    pages: written,
    articles: counts.article,
    redirects: counts.redirect,
    otherPages: counts.other,
    plainTextBytes,
    wikitextBytes,
    xmlBytes,
    fileBytes: statSync(out).size,
    elapsedMs: performance.now() - started,
    articleLengths: summarizeLengths(articleBytes),
  };
}
