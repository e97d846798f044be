import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineText, textLines } from '../../../../../renderer/features/bookmarks/markdownText';

/** What a CommonMark viewer shows for escaped text: backslash escapes and the three entities decoded. */
function shown(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The markup left once escapes and entities are taken out: must be none. */
function bareMarkup(markdown: string): string[] {
  const plain = markdown.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/&(?:lt|gt|amp);/g, '');
  return plain.match(/[\\`*_[\]#|~$<>&]/g) ?? [];
}

/** Strings rich in what Markdown and HTML read as markup, with Thai and line breaks among them. */
const markupText = fc.string({
  unit: fc.oneof(fc.constantFrom(...'<>&*_`[]#|~$\\-+=.)(!:/ \t\n\r1ก่า'.split(''), '\r\n', '1.', '- ', '&amp;'), fc.string({ maxLength: 1 })),
  maxLength: 40,
});

describe('inlineText', () => {
  it('writes HTML as entities, so no viewer finds a tag or an entity in it', () => {
    expect(inlineText('<img src=x onerror=alert(1)> &copy;')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp;copy;');
  });

  it('escapes inline markup: emphasis, code, links, images, tables, strikethrough, math', () => {
    expect(inlineText('*a* _b_ `c` [d](e) ![f](g) h|i ~~j~~ $k$ l\\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) !\\[f\\](g) h\\|i \\~\\~j\\~\\~ \\$k\\$ l\\\\',
    );
  });

  it('joins lines with a space, so a name cannot break out of its heading or list item', () => {
    expect(inlineText(' ชื่อ\n# หัวข้อ\r\n\n- รายการ ')).toBe('ชื่อ \\# หัวข้อ - รายการ');
  });

  it('leaves ordinary Thai text as it is', () => {
    const heading = 'ปฏิบัติการในเชชเนีย (พ.ศ. 2542–2552): ผลกระทบ, ความร่วมมือ - สรุป!';
    expect(inlineText(heading)).toBe(heading);
  });

  it('always gives one line, without bare markup, that shows the text it was given', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        const markdown = inlineText(text);
        expect(markdown).not.toMatch(/[\r\n]/);
        expect(bareMarkup(markdown)).toEqual([]);
        const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
        expect(shown(markdown)).toBe(lines.join(' '));
      }),
    );
  });
});

describe('textLines', () => {
  it('keeps a line from opening a block: lists, quotes, headings, code, underlines, HTML', () => {
    expect(textLines('- a\n+ b\n1. c\n2) d\n> e\n# f\n    g\n```\n===\n---\n<div>')).toEqual([
      '\\- a',
      '\\+ b',
      '1\\. c',
      '2\\) d',
      '&gt; e',
      '\\# f',
      'g',
      '\\`\\`\\`',
      '\\===',
      '\\---',
      '&lt;div&gt;',
    ]);
  });

  it('leaves ordinary Thai lines as they are', () => {
    expect(textLines('บรรทัดแรก - ต่อ\nปี 2550. บรรทัดสอง')).toEqual(['บรรทัดแรก - ต่อ', 'ปี 2550. บรรทัดสอง']);
  });

  it('always gives one safe line per line of text, each showing that line', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        const source = text.split(/\r\n|\r|\n/);
        const lines = textLines(text);
        expect(lines).toHaveLength(source.length);
        lines.forEach((line, i) => {
          expect(line).not.toMatch(/^(?:\s|[-+=>]|\d{1,9}[.)])/);
          expect(bareMarkup(line)).toEqual([]);
          expect(shown(line)).toBe(source[i]?.trim());
        });
      }),
    );
  });
});
