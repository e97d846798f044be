import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../../../common/article.js';
import { parseWikipediaHtml } from '../../../../main/import/html/index.js';
import { ImportRefusal, type ImportItem } from '../../../../main/import/types.js';
import { allRuns } from './helpers.js';

// Tags that switch the tokenizer to raw text (script, style, textarea, title…) only come
// whole, with their content, so that every '<' of the input is a tag, never text.
const tagNames = [
  'p', 'div', 'span', 'b', 'i', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'h2', 'h3', 'h5', 'table', 'tr',
  'td', 'section', 'center', 'pre', 'sup', 'a', 'svg', 'math', 'select', 'figure', 'br', 'img',
];
const openTags = [
  ...tagNames.map((name) => `<${name}>`),
  '<a href="/wiki/%E0%B8%81">', '<a href="./Y_Z#x">', '<a href="https://example.org/">', '<a href="/wiki/File:Q.jpg">',
  '<a href="/w/index.php?title=R&amp;action=edit&amp;redlink=1">', '<sup class="reference">',
  '<sup class="noprint Inline-Template">', '<span style="display:none">', '<p class="mw-empty-elt">',
  '<div class="mw-heading mw-heading2">', '<span class="mwe-math-element">', '<math alttext="x + 1">',
];
const droppedWholes = [
  '<script>SCRIPTWORD = 1;</script>',
  '<style>.STYLEWORD{color:red}</style>',
  '<div class="navbox">NAVBOXWORD</div>',
  '<span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=1">แก้</a>]</span>',
  '<table class="infobox"><tr><td>INFOBOXWORD</td></tr></table>',
];
const droppedWords = ['SCRIPTWORD', 'STYLEWORD', 'NAVBOXWORD', 'INFOBOXWORD', '[แก้]'];
const keptWholes = ['<sup class="reference"><a href="#c">[7]</a></sup>', '<sup class="noprint Inline-Template">[<i>ต้องการอ้างอิง</i>]</sup>'];

const textChars = [...'กขคงจ่้ัาีุ abcXYZ019 \n\t[]().,العربيةעברית', '\u00A0', '\u200E', '\u200F', '\u202B', '\u202C', '\u2067', '\u2069'];
const text = fc.string({ unit: fc.constantFrom(...textChars), minLength: 1, maxLength: 12 });

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...openTags), weight: 4 },
  { arbitrary: fc.constantFrom(...tagNames).map((name) => `</${name}>`), weight: 3 },
  { arbitrary: text, weight: 4 },
  { arbitrary: fc.constantFrom(...droppedWholes, ...keptWholes), weight: 1 },
);

function page(tokens: readonly string[]): string {
  return `<!DOCTYPE html><html lang="th"><head><title>ชื่อ - วิกิพีเดีย</title></head><body><h1 id="firstHeading">ชื่อ</h1><div id="mw-content-text"><div class="mw-parser-output">${tokens.join('')}</div></div></body></html>`;
}

/** The items, or [] for a refusal (which must be an ImportRefusal with a one-line message). */
function itemsOrRefusal(html: string): ImportItem[] {
  try {
    return parseWikipediaHtml(html, 'random.html');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as Error).message).not.toContain('\n');
    return [];
  }
}

function articlesOf(items: readonly ImportItem[]): Article[] {
  return items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
}

describe('any nesting of tags', () => {
  it('never throws but a refusal, and yields valid articles', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        for (const article of articlesOf(itemsOrRefusal(page(tokens)))) {
          expect(articleSchema.safeParse(article).success).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never yields an empty text run, markup, scoped bidi controls or dropped text', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        for (const article of articlesOf(itemsOrRefusal(page(tokens)))) {
          const shown = [...article.sections.map((s) => s.heading), ...allRuns(article).flatMap((r) => ('text' in r ? [r.text] : []))];
          for (const run of allRuns(article)) if ('text' in run) expect(run.text).not.toBe('');
          for (const piece of shown) {
            expect(piece).not.toMatch(/[<>]|[\u202A-\u202E\u2066-\u2069]/);
            for (const word of droppedWords) expect(piece).not.toContain(word);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
