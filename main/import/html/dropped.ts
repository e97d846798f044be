/**
 * What a Wikipedia page shows besides the article's text, and the importer
 * leaves out: the skin, edit links, navigation boxes, maintenance notices,
 * media, tables and the reference list (its numbers stay as cite runs).
 */
import { attr, classList, type Element } from './dom.js';

const droppedTags = new Set([
  'script', 'style', 'link', 'meta', 'noscript', 'template', 'head', 'title',
  // Infoboxes and data tables alike: the model has no cells, and a table's
  // text read as paragraphs would be a jumble of labels and figures.
  'table', 'caption',
  'figure', 'img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'map',
  'header', 'footer', 'nav', 'form', 'button', 'input', 'select', 'textarea',
]);

const droppedClasses = new Set([
  // Edit links: desktop skins and the mobile page content service.
  'mw-editsection', 'pcs-edit-section-link-container', 'pcs-section-control',
  'navbox', 'vertical-navbox', 'navbox-styles', 'toc', 'catlinks', 'printfooter', 'mw-empty-elt',
  'mw-references-wrap', 'references', 'reflist', 'refbegin', 'mw-cite-backlink',
  'metadata', 'ambox', 'mbox-small', 'sistersitebox', 'side-box',
  // Hatnotes ("ดูเพิ่มที่…", "For other uses…") point elsewhere; they are not the article's text.
  'hatnote', 'dablink', 'rellink',
  // mobile-html wraps each table in a collapsible box with its own summary text.
  'pcs-collapse-table-container',
  'thumb', 'gallery', 'mw-kartographer-maplink', 'mw-jump-link', 'shortdescription', 'mw-indicators',
]);

// #firstHeading is the title, read on its own; where the body is the content, it is not a section.
const droppedIds = new Set(['firstHeading', 'toc', 'mw-navigation', 'footer', 'catlinks', 'siteSub', 'contentSub', 'jump-to-nav']);

/** `display:none` or `visibility:hidden` in the style attribute, or the `hidden` attribute. */
export function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined) return true;
  const style = attr(element, 'style');
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether an element and all it holds are left out of the article. */
export function isDropped(element: Element): boolean {
  if (droppedTags.has(element.tagName)) return true;
  if (classList(element).some((c) => droppedClasses.has(c))) return true;
  const id = attr(element, 'id');
  if (id !== undefined && droppedIds.has(id)) return true;
  // Parsoid's reference list, whatever its classes.
  if (attr(element, 'typeof')?.includes('mw:Extension/references')) return true;
  // A section's edit link, even out of its mw-editsection box (HTML parsing moves it out when links
  // are nested). A red link is an edit link too, but of a whole page: it stays a link.
  const href = element.tagName === 'a' ? (attr(element, 'href') ?? '') : '';
  if (/[?&]action=edit(&|$)/.test(href) && /[?&]section=/.test(href)) return true;
  return isHidden(element);
}
