/**
 * One dump page as what the importer hands on: an article, a redirect, a page
 * skipped (with why), or nothing for pages outside the article namespace
 * (talk, templates, categories…), which are not errors.
 */
import { limits } from '../../../common/limits.js';
import { withoutBidiControls } from '../../library/bidi.js';
import type { ImportItem, SkippedPage } from '../types.js';
import { wikiNamespaces } from './namespaces.js';
import { prepareWikitext } from './prepare.js';
import { articleOfWikitext } from './wikitext.js';
import { maxPageTextBytes, type DumpPage } from './xml.js';

/** Pages whose wtf parse would take more steps than this (about 2 s) are skipped: see `estimateCost` in prepare.ts. */
export const maxParseCost = 1_000_000_000;

/** "#REDIRECT [[X]]" (any case, colon optional) or Thai Wikipedia's "#เปลี่ยนทาง [[X]]", opening the text. */
const redirectLine = /^\s*#\s*(?:redirect|เปลี่ยนทาง)\s*:?\s*\[\[([^[\]|\n]*)/i;

export function itemOfPage(page: DumpPage): ImportItem | undefined {
  const namespaces = wikiNamespaces(page.site);
  if ((page.ns ?? namespaces.namespaceOfTitle(page.title)) !== 0) return undefined;

  const title = withoutBidiControls(page.title).trim();
  if (title === '') return skipped(null, 'the page has no title');
  if (Buffer.byteLength(title) > limits.title) {
    return skipped(`${title.slice(0, 100)}…`, `its title is longer than ${String(limits.title)} bytes`);
  }

  const redirect = page.redirect ?? (page.text === undefined ? undefined : redirectLine.exec(page.text)?.[1]);
  if (redirect !== undefined) {
    const to = redirectTarget(redirect);
    return to === '' ? skipped(title, 'a redirect without a target page') : { kind: 'redirect', from: title, to };
  }

  if (page.textBytes > maxPageTextBytes) {
    const size = `${mebibytes(page.textBytes)} MiB`;
    return skipped(title, `its text is ${size}, more than the ${mebibytes(maxPageTextBytes)} MiB a page may have`);
  }
  if (page.text === undefined || page.text.trim() === '') return skipped(title, 'the page has no text');

  const prepared = prepareWikitext(page.text, namespaces);
  if (prepared.cost > maxParseCost) return skipped(title, 'its wikitext is too tangled to parse in reasonable time');
  try {
    const article = articleOfWikitext(prepared, title, page.site.lang, namespaces);
    if (article.lead.length === 0 && article.sections.every((s) => s.paragraphs.length === 0)) {
      return skipped(title, 'no readable text (only templates, tables or files)');
    }
    return { kind: 'article', article };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return skipped(title, `the wikitext parser failed: ${message.split('\n', 1)[0] ?? ''}`);
  }
}

/** A redirect's target as written, without its "#section" and a leading ":". */
function redirectTarget(raw: string): string {
  return withoutBidiControls(raw.replace(/#.*$/s, '')).replace(/^\s*:/, '').trim();
}

function skipped(title: string | null, reason: string): SkippedPage {
  return { kind: 'skipped', title, reason };
}

/** Rounded up to a tenth, so that a page just over the cap does not read as "4 MiB, more than 4 MiB". */
function mebibytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toString();
}
