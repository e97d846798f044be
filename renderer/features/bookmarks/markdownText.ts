/**
 * Text that Aksorn did not write (titles, headings, names, notes, quotes,
 * imported ids), made literal for Markdown: a CommonMark or GFM viewer shows
 * it as it is, and no viewer finds HTML in it.
 */

// The HTML characters become entities, not backslash escapes: every Markdown
// dialect decodes entities, while Markdown.pl and its kin do not treat "\<" as
// an escape and would pass a tag through. Entities never start a block either.
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const htmlCharacter = /[&<>]/g;

// Markup that works anywhere in a line: emphasis, code, links and images,
// a heading's closing #, GFM tables and strikethrough, math in GitHub.
const inlineMarkup = /[\\`*_[\]#|~$]/g;

// What opens a block at the start of a line and is still plain after the
// escapes above: bullets (- +), setext underlines (= -), ordered items (1. 1)).
const blockOpener = /^(?:[-+=]|\d{1,9}(?=[.)]))/;

const lineBreak = /\r\n|\r|\n/;

/** One line of literal Markdown: a line break becomes a space, so nothing breaks out of a heading or a list item. */
export function inlineText(text: string): string {
  // Trimmed too: "** name**" would not be bold.
  return escapeMarkup(
    text
      .split(lineBreak)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' '),
  );
}

/** Literal Markdown lines, one per line of text, each safe at the start of a line (or after "> "). */
export function textLines(text: string): string[] {
  // Leading white space would make an indented code block; a viewer drops it anyway.
  return text.split(lineBreak).map((line) => guardBlockOpener(escapeMarkup(line.trim())));
}

function escapeMarkup(text: string): string {
  return text.replace(inlineMarkup, '\\$&').replace(htmlCharacter, (character) => entities[character] ?? character);
}

function guardBlockOpener(line: string): string {
  const opener = blockOpener.exec(line);
  if (opener === null) return line;
  // A bullet or underline character is escaped itself; an ordered item's number keeps, its "." or ")" is escaped.
  return /^\d/.test(opener[0]) ? `${opener[0]}\\${line.slice(opener[0].length)}` : `\\${line}`;
}
