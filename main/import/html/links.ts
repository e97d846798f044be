/**
 * Which article a link on a Wikipedia page points to. Only links to articles
 * (the main namespace of the same wiki) become link runs; links to files,
 * categories, help pages, other wikis and the web are shown as plain text.
 */
import { attr, hasClass, type Element } from './dom.js';

/** Namespace names and aliases of the Thai and English Wikipedias, lower-case, talk pages included. */
const namespaces = new Set([
  'media', 'สื่อ', 'special', 'พิเศษ', 'talk', 'พูดคุย', 'user', 'ผู้ใช้', 'user talk', 'คุยกับผู้ใช้',
  'wikipedia', 'วิกิพีเดีย', 'wp', 'project', 'wikipedia talk', 'คุยเรื่องวิกิพีเดีย', 'wt', 'project talk',
  'file', 'ไฟล์', 'image', 'ภาพ', 'file talk', 'คุยเรื่องไฟล์', 'image talk', 'คุยเรื่องภาพ',
  'mediawiki', 'มีเดียวิกิ', 'mediawiki talk', 'คุยเรื่องมีเดียวิกิ',
  'template', 'แม่แบบ', 'template talk', 'คุยเรื่องแม่แบบ', 'help', 'วิธีใช้', 'help talk', 'คุยเรื่องวิธีใช้',
  'category', 'หมวดหมู่', 'category talk', 'คุยเรื่องหมวดหมู่', 'portal', 'สถานีย่อย', 'portal talk', 'คุยเรื่องสถานีย่อย',
  'draft', 'ฉบับร่าง', 'draft talk', 'คุยเรื่องฉบับร่าง', 'module', 'มอดูล', 'module talk', 'คุยเรื่องมอดูล',
  'timedtext', 'timedtext talk', 'gadget', 'gadget talk', 'gadget definition', 'gadget definition talk',
]);

/** Whether a title names a page outside the articles (ไฟล์:…, Category:…, Special:…). */
export function isOtherNamespace(title: string): boolean {
  const colon = title.indexOf(':');
  if (colon < 0) return false;
  return namespaces.has(title.slice(0, colon).replace(/_/g, ' ').trim().toLowerCase());
}

function decodeTitle(encoded: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    decoded = encoded;
  }
  const title = decoded.replace(/_/g, ' ').trim();
  return title === '' ? undefined : title;
}

/** The title a `/w/index.php?…` query names: a page to read or a red link, not an edit or history link. */
function indexPhpTitle(query: string): string | undefined {
  const params = new URLSearchParams(query);
  const title = params.get('title');
  const action = params.get('action');
  // An edit link of an existing page leads to an editor, not to an article; a red link to the missing article.
  if (title === null || (action !== null && !(action === 'edit' && params.get('redlink') === '1'))) return undefined;
  return title.replace(/_/g, ' ').trim() || undefined;
}

/** The title in a path on the wiki: "/wiki/X", "/w/index.php?title=X&redlink=1", or Parsoid's "./X". */
function titleOfPath(pathAndQuery: string): string | undefined {
  const mark = pathAndQuery.indexOf('?');
  const path = mark < 0 ? pathAndQuery : pathAndQuery.slice(0, mark);
  const query = mark < 0 ? '' : pathAndQuery.slice(mark + 1);
  if (path.startsWith('/wiki/')) return decodeTitle(path.slice('/wiki/'.length));
  if (path.startsWith('./')) return decodeTitle(path.slice(2));
  if (path === '/w/index.php') return indexPhpTitle(query);
  return undefined;
}

/** A saved page's links may be absolute; only those to this wiki (its language's Wikipedia) count. */
function pathOnSameWiki(href: string, lang: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(href, 'https://invalid.invalid');
  } catch {
    return undefined;
  }
  if (url.hostname === 'invalid.invalid') return href;
  const host = /^([a-z0-9-]+)(?:\.m)?\.wikipedia\.org$/i.exec(url.hostname);
  if (host === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  if (lang !== undefined && host[1]?.toLowerCase() !== lang.toLowerCase().split('-')[0]) return undefined;
  return url.pathname + url.search;
}

/**
 * The article a link points to (fragment dropped, underscores as spaces), or
 * undefined when its text is to be shown as plain text. `lang` is the page's
 * declared language, to tell this wiki's absolute links from other wikis'.
 */
export function linkTarget(anchor: Element, lang: string | undefined): string | undefined {
  const href = attr(anchor, 'href')?.trim();
  if (!href || href.startsWith('#')) return undefined;
  // Interwiki and external links, whatever their address looks like.
  if (hasClass(anchor, 'extiw') || hasClass(anchor, 'external')) return undefined;
  const rel = attr(anchor, 'rel') ?? '';
  if (/mw:ExtLink|mw:WikiLink\/Interwiki|mw:MediaLink/.test(rel)) return undefined;
  const path = pathOnSameWiki(href.split('#', 1)[0] ?? '', lang);
  if (path === undefined) return undefined;
  const title = titleOfPath(path);
  return title === undefined || isOtherNamespace(title) ? undefined : title;
}
