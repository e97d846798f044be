/**
 * Wikitext made ready for wtf_wikipedia: what wtf would lose is written in as
 * private-use marks (marks.ts), and what it would only drop (comments, tables,
 * reference lists) or choke on is taken out first. Every step is one linear
 * pass, so a page costs time in proportion to its length here; what wtf itself
 * would spend is estimated (`cost`) so that a page too tangled for it is
 * skipped instead of stalling the import.
 */
import { maxListDepth } from '../../../common/article.js';
import { itemMark, keepSectionMark, lineEndMark, linkStartMark, privateUse } from './marks.js';
import type { WikiNamespaces } from './namespaces.js';
import { markRefs, withoutReferenceLists } from './refs.js';
import { markCitationTemplates, withoutInfoboxes } from './templates.js';

export interface PreparedWikitext {
  /** The text to hand to wtf. */
  readonly text: string;
  /** Cite labels ("1", "note 2"), by the index their mark carries. */
  readonly cites: readonly string[];
  /** The page cites (a <ref>) or shows a reference list. */
  readonly hasReferences: boolean;
  /** A rough count of the steps wtf will take (see `estimateCost`). */
  readonly cost: number;
}

export function prepareWikitext(wikitext: string, namespaces: WikiNamespaces): PreparedWikitext {
  let text = withoutComments(wikitext.replace(privateUse, '').replace(/\r\n?/g, '\n'));
  const referenceLists = withoutReferenceLists(text);
  const templates = markCitationTemplates(referenceLists.text);
  // Refs are numbered before the infoboxes go, so that the numbers are the ones Wikipedia shows.
  const refs = markRefs(templates.text);
  text = withoutInfoboxes(refs.text);
  text = withCanonicalPrefixes(withoutLanguageLinks(text), namespaces);
  // wtf reads a piped link's target only from two characters up: "[[ก|กอ]]" would show "ก|กอ".
  text = text.replace(/\[\[([^[\]|\n])\|/g, '[[$1 |');
  const lines = markLines(text);
  return {
    text: lines.text,
    cites: refs.cites,
    hasReferences: refs.cites.length > 0 || referenceLists.found || templates.referenceList,
    cost: estimateCost(lines),
  };
}

/** <!-- … --> removed; one left open runs to the end of the page, as MediaWiki reads it. */
function withoutComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  const kept: string[] = [];
  let from = 0;
  while (open >= 0) {
    kept.push(text.slice(from, open));
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return kept.join('');
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  kept.push(text.slice(from));
  return kept.join('');
}

/** [[en:Bangkok]] links the page to another language's and shows nothing; wtf would show its title. */
function withoutLanguageLinks(text: string): string {
  return text.replace(/\[\[\s*(?:[a-z]{2,3}(?:-[a-z0-9]+)*|simple)\s*:[^[\]\n]*\]\]/g, '');
}

/**
 * File and category prefixes in the names wtf knows ("[[ภาพ:…]]" → "[[File:…]]"),
 * so that it takes the picture or category out. With a leading colon the link
 * is shown as text, under the name it was written with.
 */
function withCanonicalPrefixes(text: string, namespaces: WikiNamespaces): string {
  return text.replace(namespaces.fileLinkStart, '[[File:').replace(namespaces.categoryLinkStart, '[[Category:');
}

/**
 * The line-by-line part, outside templates only: tables dropped; a list item
 * becomes its own paragraph opening with its item mark; a heading is followed
 * by a keep mark; each text line ends with the line-end mark; and every "[["
 * gets a link-start mark before it. Links never span lines; templates may.
 */
function markLines(text: string): MarkedLines {
  const out: string[] = [];
  let templateDepth = 0;
  let deepest = 0;
  let tableDepth = 0;
  let unendedCost = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    if (templateDepth === 0 && (tableDepth > 0 || trimmed.startsWith('{|'))) {
      // Tables are dropped (the article model has none), with what they nest.
      if (trimmed.startsWith('{|')) tableDepth++;
      else if (trimmed.startsWith('|}')) tableDepth--;
      continue;
    }
    const atLineStart = templateDepth === 0;
    const depths = depthsAfter(line, templateDepth);
    templateDepth = depths.templateDepth;
    deepest = Math.max(deepest, depths.deepest);
    // The line-end mark inside a template could land in its name, and inside a link in its target.
    const ends = templateDepth === 0 && depths.linkDepth === 0 && trimmed !== '';
    // wtf's sentence splitter is quadratic on a line it gets without an end.
    if (!ends) unendedCost += line.length * line.length;
    if (atLineStart && /^=.*=\s*$/.test(line)) {
      out.push(withLinkMarks(line), keepSectionMark, '');
      continue;
    }
    const list = atLineStart ? /^([*#:;]+)\s*/.exec(line) : null;
    if (list !== null) {
      // "*" and "#" make items; ":" (indent) and ";" (term) lines are plain paragraphs.
      const prefix = list[1] ?? '';
      const last = prefix.at(-1);
      const depth = Math.min(prefix.length, maxListDepth);
      const mark = last === '*' || last === '#' ? itemMark({ ordered: last === '#', depth }) : '';
      const body = withLinkMarks(line.slice(list[0].length));
      out.push('', mark + body + (ends ? lineEndMark : ''), '');
      continue;
    }
    out.push(withLinkMarks(line) + (ends ? lineEndMark : ''));
  }
  return { text: out.join('\n'), unendedCost, deepestTemplate: deepest };
}

interface MarkedLines {
  readonly text: string;
  /** Squares of the lines left without an end mark. */
  readonly unendedCost: number;
  /** How deep templates nest ("{{a|{{b}}}}": 2). */
  readonly deepestTemplate: number;
}

function withLinkMarks(line: string): string {
  return line.replaceAll('[[', linkStartMark + '[[');
}

/**
 * Template ("{{") nesting after `line`, and the deepest within it; and the
 * links ("[[") it leaves open. Never below zero: stray closers are text.
 */
function depthsAfter(line: string, templateDepth: number): { templateDepth: number; deepest: number; linkDepth: number } {
  let linkDepth = 0;
  let deepest = templateDepth;
  for (let i = 0; i < line.length - 1; i++) {
    const c = line.charCodeAt(i);
    if (c !== line.charCodeAt(i + 1)) continue;
    if (c === 0x7b) deepest = Math.max(deepest, ++templateDepth);
    else if (c === 0x7d) templateDepth = Math.max(0, templateDepth - 1);
    else if (c === 0x5b) linkDepth++;
    else if (c === 0x5d) linkDepth = Math.max(0, linkDepth - 1);
    else continue;
    i++;
  }
  return { templateDepth, deepest, linkDepth };
}

/**
 * What parsing will spend, in string steps (measured on pages built to be
 * slow: 0.3 to 2 ns a step, so `maxParseCost` in page.ts is a second or two):
 * - wtf replaces each template in its section's text by a search from the
 *   start, and each link and file in its paragraph's text the same way;
 * - its sentence splitter rescans a growing chunk for each line it cannot
 *   end (one with no letter, say), and is quadratic on a line without an end
 *   mark (see `markLines`);
 * - it finds nested templates recursively, in time that grows with the cube
 *   of their depth (1,000 deep: 2 s), and throws when they nest thousands deep;
 * - each section costs it about 40 µs and each paragraph about 10 µs;
 * - uniqueSectionIds tries "-2", "-3"… in turn for a repeated heading.
 */
function estimateCost(lines: MarkedLines): number {
  const { text } = lines;
  let cost = text.length + lines.unendedCost + 2 * lines.deepestTemplate ** 3;
  const sections = text.split(/\n(?==)/);
  cost += 20_000 * sections.length;
  for (const section of sections) cost += section.length * count(section, '{{');
  const paragraphs = text.split('\n\n');
  cost += 5_000 * paragraphs.length;
  for (const paragraph of paragraphs) cost += paragraph.length * (count(paragraph, '\n') + count(paragraph, '['));
  const headings = new Map<string, number>();
  for (const heading of text.match(/^=.*=[ \t]*$/gm) ?? []) headings.set(heading, (headings.get(heading) ?? 0) + 1);
  for (const repeats of headings.values()) cost += 20 * repeats * repeats;
  return cost;
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}
