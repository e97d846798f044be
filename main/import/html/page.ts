/**
 * Where the parts of a Wikipedia page are, whichever of the three forms it
 * comes in: a page saved from a browser (desktop skins), the REST API's
 * Parsoid HTML, or the REST API's mobile-html.
 */
import { collapseSpaces, attr, elementsUnder, findElement, hasClass, nearestLang, textOf, type Element, type Node } from './dom.js';
import { labelOf } from './inline.js';
import { linkTarget } from './links.js';

const titleSuffix = /\s+[-–—]\s+(?:วิกิพีเดีย|Wikipedia)(?:,[^-–—]*)?$/u;

function byTag(tag: string): (element: Element) => boolean {
  return (element) => element.tagName === tag;
}

/** The `<title>` text without the site's suffix (" - วิกิพีเดีย", " - Wikipedia, the free encyclopedia"). */
function documentTitle(document: Node): string {
  const title = findElement(document, byTag('title'), (e) => e.tagName === 'body');
  return title === undefined ? '' : labelOf(title, () => false).replace(titleSuffix, '');
}

/**
 * The page's title: the desktop skin's first heading, the mobile header's
 * heading, the title span of either, or else the document title. "" when none.
 */
export function pageTitle(document: Node): string {
  const candidates = [
    findElement(document, (e) => attr(e, 'id') === 'firstHeading'),
    findElement(document, (e) => e.tagName === 'h1' && hasClass(e, 'pcs-edit-section-title')),
    findElement(document, (e) => hasClass(e, 'mw-page-title-main')),
  ];
  for (const element of candidates) {
    const title = element === undefined ? '' : labelOf(element);
    if (title !== '') return title;
  }
  return documentTitle(document);
}

/**
 * The element holding the article: a desktop page's `.mw-parser-output` in
 * `#mw-content-text`, else the first `.mw-parser-output`, else the body
 * (Parsoid and mobile-html put the article straight in the body).
 */
export function contentRoot(document: Node): Element | undefined {
  const contentText = findElement(document, (e) => attr(e, 'id') === 'mw-content-text');
  const parserOutput = (root: Node): Element | undefined => findElement(root, (e) => hasClass(e, 'mw-parser-output'));
  return (
    (contentText && (parserOutput(contentText) ?? contentText)) ??
    parserOutput(document) ??
    findElement(document, byTag('body'))
  );
}

/** The language the page declares for its content (BCP 47, canonical case), or undefined. */
export function declaredLanguage(content: Element): string | undefined {
  const lang = nearestLang(content);
  if (lang === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/** The word of the first section edit link ("แก้", "edit"), which says which wiki the page came from. */
export function editWord(content: Element): string | undefined {
  const editSection = findElement(content, (e) => hasClass(e, 'mw-editsection'));
  const link = editSection && findElement(editSection, byTag('a'));
  const word = link && collapseSpaces(textOf(link)).trim();
  return word || undefined;
}

/** Whether the page has a reference list with at least one reference in it. */
export function hasReferenceList(content: Element): boolean {
  for (const list of elementsUnder(content)) {
    if (list.tagName !== 'ol' || !(hasClass(list, 'references') || hasClass(list, 'mw-references'))) continue;
    if (findElement(list, byTag('li')) !== undefined) return true;
  }
  return false;
}

/**
 * Where this page redirects: Parsoid's `<link rel="mw:PageProp/redirect">`,
 * or a desktop redirect page saved as such (`.redirectMsg` / `.redirectText`).
 */
export function redirectTarget(document: Node, lang: string | undefined): string | undefined {
  const link = findElement(document, (e) => e.tagName === 'link' && attr(e, 'rel') === 'mw:PageProp/redirect');
  const redirectText = findElement(document, (e) => hasClass(e, 'redirectText') || hasClass(e, 'redirectMsg'));
  const anchor = link ?? (redirectText && findElement(redirectText, byTag('a')));
  return anchor && linkTarget(anchor, lang);
}

/**
 * The title this page was reached by, when the desktop skin says "Redirected
 * from X" (`.mw-redirectedfrom`): the link's text, as the reader saw it.
 */
export function redirectedFrom(document: Node): string | undefined {
  const note = findElement(document, (e) => hasClass(e, 'mw-redirectedfrom'));
  const anchor = note && findElement(note, byTag('a'));
  const from = anchor && (labelOf(anchor) || attr(anchor, 'title')?.trim());
  return from || undefined;
}
