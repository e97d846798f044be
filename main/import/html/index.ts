/**
 * The Wikipedia HTML importer: one HTML page (saved from a browser, or the
 * REST API's Parsoid HTML or mobile-html) read into the article model. Only
 * text comes through; no markup of the page reaches the library.
 */
import type { ImportInput, ImportItem } from '../types.js';
import { titleKey } from '../../library/title.js';
import { assembleArticle, hasParagraphs } from './article.js';
import { readBlocks } from './blocks.js';
import { decodeHtml, readCapped } from './decode.js';
import { childNodesOf, isElement, type Element } from './dom.js';
import {
  contentRoot,
  declaredLanguage,
  editWord,
  findLandmarks,
  hasReferenceList,
  pageTitle,
  redirectTarget,
  redirectedFrom,
} from './page.js';
import { refusal } from './refusal.js';
import { parseDocument } from './tree.js';

export { looksLikeHtml, maxHtmlBytes } from './decode.js';

/** Whether the body shows anything: an element, or text that is not only white space. */
function hasBodyContent(body: Element | undefined): boolean {
  return (
    body !== undefined &&
    childNodesOf(body).some((node) => isElement(node) || ('value' in node && node.value.trim() !== ''))
  );
}

/**
 * The items of one Wikipedia page: its article, plus a redirect when the page
 * says it was reached through one; or only a redirect for a redirect page.
 * Pure; throws an ImportRefusal (one line, naming `name`) for a page it cannot read.
 */
export function parseWikipediaHtml(html: string, name: string): ImportItem[] {
  if (!/<html[\s>]/i.test(html)) throw refusal(name, 'not an HTML page (no <html> element)');
  const landmarks = findLandmarks(parseDocument(html, name));
  if (!hasBodyContent(landmarks.body)) throw refusal(name, 'the HTML page has an empty body');
  const title = pageTitle(landmarks);
  if (title === '') throw refusal(name, 'no page title (no first heading, mobile header or <title>)');
  const content = contentRoot(landmarks);
  const lang = content && declaredLanguage(content);
  const target = redirectTarget(landmarks, lang);
  if (target !== undefined) return [{ kind: 'redirect', from: title, to: target }];
  if (content === undefined) throw refusal(name, 'no article text in the page');
  const article = assembleArticle(readBlocks(content, lang), {
    title,
    lang,
    editWord: editWord(content),
    hasReferenceList: hasReferenceList(content),
  });
  if (!hasParagraphs(article)) throw refusal(name, 'no article text in the page (not a single paragraph)');
  const from = redirectedFrom(landmarks);
  const items: ImportItem[] = [{ kind: 'article', article }];
  if (from !== undefined && titleKey(from) !== titleKey(title)) items.push({ kind: 'redirect', from, to: title });
  return items;
}

/** Reads one HTML page (at most `maxHtmlBytes`), decodes it as it declares, and parses it. */
export async function readHtmlPage(input: ImportInput): Promise<ImportItem[]> {
  const bytes = await readCapped(input);
  return parseWikipediaHtml(decodeHtml(bytes, input.name), input.name);
}
