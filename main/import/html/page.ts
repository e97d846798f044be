/**
 * Where the parts of a Wikipedia page are, whichever of the three forms it
 * comes in: a page saved from a browser (desktop skins), the REST API's
 * Parsoid HTML, or the REST API's mobile-html.
 */
import {
  attr,
  childNodesOf,
  collapseSpaces,
  elementsUnder,
  findElement,
  hasClass,
  isElement,
  nearestLang,
  textOf,
  type Element,
  type Node,
} from './dom.js';
import { labelOf } from './inline.js';
import { linkTarget } from './links.js';

/** The elements a page is read by; each is the first in document order that matches. */
const landmarkTests = {
  /** The desktop skins' title. */
  firstHeading: (e: Element) => attr(e, 'id') === 'firstHeading',
  /** mobile-html's title, in its header. */
  mobileHeading: (e: Element) => e.tagName === 'h1' && hasClass(e, 'pcs-edit-section-title'),
  titleMain: (e: Element) => hasClass(e, 'mw-page-title-main'),
  documentTitle: (e: Element) => e.tagName === 'title',
  body: (e: Element) => e.tagName === 'body',
  contentText: (e: Element) => attr(e, 'id') === 'mw-content-text',
  parserOutput: (e: Element) => hasClass(e, 'mw-parser-output'),
  /** Parsoid's redirect. */
  redirectLink: (e: Element) => e.tagName === 'link' && attr(e, 'rel') === 'mw:PageProp/redirect',
  /** A desktop redirect page's "เปลี่ยนทางไป: X". */
  redirectMessage: (e: Element) => hasClass(e, 'redirectMsg') || hasClass(e, 'redirectText'),
  /** The desktop skins' "(เปลี่ยนทางจาก X)". */
  redirectedFrom: (e: Element) => hasClass(e, 'mw-redirectedfrom'),
} as const;

export type Landmarks = { readonly [K in keyof typeof landmarkTests]?: Element };

/** Finds every landmark in one walk over the document. */
export function findLandmarks(document: Node): Landmarks {
  const found: { -readonly [K in keyof typeof landmarkTests]?: Element } = {};
  const names = Object.keys(landmarkTests) as (keyof typeof landmarkTests)[];
  for (const element of elementsUnder(document)) {
    for (const name of names) if (found[name] === undefined && landmarkTests[name](element)) found[name] = element;
  }
  return found;
}

function byTag(tag: string): (element: Element) => boolean {
  return (element) => element.tagName === tag;
}

const titleSuffix = /\s+[-–—]\s+(?:วิกิพีเดีย|Wikipedia)(?:,[^-–—]*)?$/u;

/**
 * The page's title: the desktop skin's first heading, the mobile header's
 * heading, the title span of either, or else the document's `<title>` without
 * the site's suffix (" - วิกิพีเดีย", " - Wikipedia, the free encyclopedia"). "" when none.
 */
export function pageTitle(landmarks: Landmarks): string {
  for (const element of [landmarks.firstHeading, landmarks.mobileHeading, landmarks.titleMain]) {
    const title = element === undefined ? '' : labelOf(element);
    if (title !== '') return title;
  }
  const title = landmarks.documentTitle;
  return title === undefined ? '' : labelOf(title).replace(titleSuffix, '');
}

/**
 * The element holding the article: a desktop page's `.mw-parser-output` in
 * `#mw-content-text`, else the first `.mw-parser-output`, else the body
 * (Parsoid and mobile-html put the article straight in the body).
 */
export function contentRoot(landmarks: Landmarks): Element | undefined {
  const { contentText, parserOutput, body } = landmarks;
  if (contentText !== undefined) return findElement(contentText, landmarkTests.parserOutput) ?? contentText;
  return parserOutput ?? body;
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

function isReferenceList(element: Element): boolean {
  return element.tagName === 'ol' && (hasClass(element, 'references') || hasClass(element, 'mw-references'));
}

/** Whether the page has a reference list with at least one reference (an `li` of its own) in it. */
export function hasReferenceList(content: Element): boolean {
  for (const list of elementsUnder(content)) {
    if (isReferenceList(list) && childNodesOf(list).some((node) => isElement(node) && node.tagName === 'li')) return true;
  }
  return false;
}

/**
 * Where this page redirects: Parsoid's `<link rel="mw:PageProp/redirect">`,
 * or a desktop redirect page saved as such (`.redirectMsg` / `.redirectText`).
 */
export function redirectTarget(landmarks: Landmarks, lang: string | undefined): string | undefined {
  const { redirectLink, redirectMessage } = landmarks;
  const anchor = redirectLink ?? (redirectMessage && findElement(redirectMessage, byTag('a')));
  return anchor && linkTarget(anchor, lang);
}

/**
 * The title this page was reached by, when the desktop skin says "Redirected
 * from X" (`.mw-redirectedfrom`): the link's text, as the reader saw it.
 */
export function redirectedFrom(landmarks: Landmarks): string | undefined {
  const anchor = landmarks.redirectedFrom && findElement(landmarks.redirectedFrom, byTag('a'));
  const from = anchor && (labelOf(anchor) || attr(anchor, 'title')?.trim());
  return from || undefined;
}
