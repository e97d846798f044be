/**
 * The pages of a MediaWiki XML export, read as the text streams in: each page
 * is handed on when its </page> closes, so memory holds one page (and the
 * parser's current chunk), never the file.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What the dump says about its wiki, read from the root and <siteinfo> before the first page. */
export interface DumpSite {
  /** The root's xml:lang ("th"), when given. */
  lang: string | undefined;
  /** Namespace names, lower-cased, to their number: "หมวดหมู่" → 14, "template" → 10. */
  readonly namespaces: Map<string, number>;
}

/** One <page>, its last revision's text only. */
export interface DumpPage {
  readonly title: string;
  /** From <ns>; older dumps have none (their titles' prefixes say). */
  readonly ns: number | undefined;
  /** <redirect title="…"/>: the dump's own word that this page is a redirect. */
  readonly redirect: string | undefined;
  /** Undefined when the page had no text, more than `maxPageTextBytes` of it, or is not in namespace 0 (not kept). */
  readonly text: string | undefined;
  /** UTF-8 bytes of the last revision's text, also when it was too large to keep (0 outside namespace 0). */
  readonly textBytes: number;
  readonly site: DumpSite;
}

/** MediaWiki stores at most 2 MiB per revision; twice that is garbage, not an article. */
export const maxPageTextBytes = 4 * 1024 * 1024;

/**
 * saxes hands a text node over whole, only when it ends; a text node running
 * past this many characters is not a page of a dump, and would fill memory.
 */
export const maxTextNodeChars = 64 * 1024 * 1024;

/** Titles longer than this are cut while read (MediaWiki's own limit is 255 bytes). */
const maxTitleChars = 4096;

/** Why the XML could not be read: the caller words it (it knows how many articles were read). */
export class DumpXmlError extends Error {
  constructor(
    /**
     * `not-a-dump`: no <mediawiki> root; `in-page`: broke inside page `page`;
     * `after-page`: after page `page` (0: before any page).
     */
    readonly where: 'not-a-dump' | 'in-page' | 'after-page',
    readonly page: number,
    /** The text ended too soon (a truncated file), or had something else wrong. */
    readonly cutShort: boolean,
    detail: string,
  ) {
    super(detail);
    this.name = 'DumpXmlError';
  }
}

interface PageDraft {
  title: string;
  /** <ns> as read so far; its number once it closed. */
  nsText: string;
  ns: number | undefined;
  redirect: string | undefined;
  text: string[];
  textBytes: number;
}

/** The element whose text is being collected, and where it goes. */
type Capture = 'title' | 'ns' | 'text' | 'namespace' | undefined;

/**
 * Reads pages from the dump's text. Throws `DumpXmlError` when the text is
 * not a MediaWiki dump, or breaks off (truncated, malformed) — after handing
 * on every page that was complete.
 */
export async function* readPages(text: AsyncIterable<string>): AsyncGenerator<DumpPage> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const site: DumpSite = { lang: undefined, namespaces: new Map() };
  const done: DumpPage[] = [];
  const path: string[] = [];
  let rootSeen = false;
  let pageCount = 0;
  let page: PageDraft | undefined;
  let capture: Capture;
  let namespaceKey: number | undefined;
  let namespaceName = '';
  let charsSinceEvent = 0;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    charsSinceEvent = 0;
    const parent = path.at(-1);
    path.push(tag.name);
    if (path.length === 1) {
      if (tag.name !== 'mediawiki') {
        throw new DumpXmlError('not-a-dump', 0, false, `its root element is <${tag.name}>, not <mediawiki>`);
      }
      rootSeen = true;
      site.lang = tag.attributes['xml:lang'] || undefined;
      return;
    }
    if (tag.name === 'page' && parent === 'mediawiki') {
      pageCount++;
      page = { title: '', nsText: '', ns: undefined, redirect: undefined, text: [], textBytes: 0 };
    } else if (page !== undefined) {
      if (parent === 'page' && (tag.name === 'title' || tag.name === 'ns')) capture = tag.name;
      else if (parent === 'page' && tag.name === 'redirect') page.redirect = tag.attributes['title'];
      else if (parent === 'page' && tag.name === 'revision') {
        // Several revisions: the last one is the page.
        page.text = [];
        page.textBytes = 0;
      } else if (parent === 'revision' && tag.name === 'text') capture = 'text';
    } else if (tag.name === 'namespace' && parent === 'namespaces') {
      namespaceKey = Number(tag.attributes['key']);
      namespaceName = '';
      capture = 'namespace';
    }
  });

  parser.on('text', (value: string) => {
    charsSinceEvent = 0;
    if (capture === undefined) return;
    if (capture === 'namespace') namespaceName += value;
    else if (page === undefined) return;
    else if (capture === 'title') page.title = (page.title + value).slice(0, maxTitleChars);
    else if (capture === 'ns') page.nsText += value.slice(0, 16);
    // Other namespaces' pages are passed over: their text need not be kept.
    else if (page.ns === undefined || page.ns === 0) {
      page.textBytes += Buffer.byteLength(value);
      // Past the cap the text is only counted: the page is skipped, but read through.
      if (page.textBytes <= maxPageTextBytes) page.text.push(value);
    }
  });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    charsSinceEvent = 0;
    path.pop();
    if (capture === 'ns' && page !== undefined) page.ns = namespaceNumber(page.nsText);
    capture = undefined;
    if (tag.name === 'namespace' && namespaceKey !== undefined && Number.isInteger(namespaceKey)) {
      const name = namespaceName.trim().toLowerCase();
      if (name !== '') site.namespaces.set(name, namespaceKey);
      namespaceKey = undefined;
    } else if (tag.name === 'page' && page !== undefined && path.length === 1) {
      done.push({
        title: page.title,
        ns: page.ns,
        redirect: page.redirect,
        text: page.textBytes > 0 && page.textBytes <= maxPageTextBytes ? page.text.join('') : undefined,
        textBytes: page.textBytes,
        site,
      });
      page = undefined;
    }
  });

  const broken = (cutShort: boolean, detail: string): DumpXmlError => {
    // Before the root, saxes' own words ("text data outside of root node") only mean it is not XML.
    if (!rootSeen) return new DumpXmlError('not-a-dump', 0, cutShort, 'it is not XML');
    return new DumpXmlError(page === undefined ? 'after-page' : 'in-page', pageCount, cutShort, detail);
  };
  const attempt = (cutShort: boolean, run: () => void): DumpXmlError | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return error instanceof DumpXmlError ? error : broken(cutShort, firstLine(error));
    }
  };

  for await (const chunk of text) {
    const failure = attempt(false, () => parser.write(chunk));
    // Pages that closed before a failure in the same chunk are complete: they go first.
    yield* done.splice(0);
    if (failure) throw failure;
    charsSinceEvent += chunk.length;
    if (charsSinceEvent > maxTextNodeChars) throw broken(false, `a text runs past ${String(maxTextNodeChars)} characters`);
  }
  // Nothing but blanks (or nothing at all): saxes only objects at close.
  if (!rootSeen) throw new DumpXmlError('not-a-dump', 0, false, 'it has no XML element');
  const failure = attempt(true, () => parser.close());
  yield* done.splice(0);
  if (failure) throw failure;
}

function namespaceNumber(text: string): number | undefined {
  const ns = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isInteger(ns) ? ns : undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
