/**
 * Templates found by name, nested braces and all, and replaced before wtf
 * sees them: citation-needed templates by their mark, reference lists and
 * infoboxes by nothing.
 */
import { citationNeededMark } from './marks.js';

/** Templates that stand for "citation needed", lower-cased. */
const citationNeededTemplates = new Set(['ต้องการอ้างอิง', 'citation needed', 'cn', 'fact']);
/** Templates that show the reference list, lower-cased. */
const referenceListTemplates = new Set(['reflist', 'references', 'refs', 'รายการอ้างอิง']);

/** Infobox and taxobox templates, by their lower-cased name. */
function isInfobox(name: string): boolean {
  return /^(?:กล่องข้อมูล|infobox)/.test(name) || taxoboxes.has(name);
}
const taxoboxes = new Set(['taxobox', 'automatic taxobox', 'speciesbox', 'ตารางจำแนกพันธุ์']);

/** Citation-needed templates as their mark, reference-list templates removed (and whether there was one). */
export function markCitationTemplates(text: string): { text: string; referenceList: boolean } {
  let referenceList = false;
  const marked = rewriteTemplates(text, (name) => {
    if (citationNeededTemplates.has(name)) return citationNeededMark;
    if (!referenceListTemplates.has(name)) return undefined;
    referenceList = true;
    return '';
  });
  return { text: marked, referenceList };
}

/**
 * Infoboxes: dropped from the article (it has no place for them), and dropped
 * here rather than by wtf, which would parse every parameter first. With
 * Thai Wikipedia's usual 20–30 parameters this more than doubles the pages
 * read per second (measured on short pages with a 30-parameter infobox:
 * about 1,500 → 3,800 pages per CPU second).
 */
export function withoutInfoboxes(text: string): string {
  return rewriteTemplates(text, (name) => (isInfobox(name) ? '' : undefined));
}

/**
 * Replaces the templates `replacement` answers for (by lower-cased name,
 * without a "Template:" prefix), nested braces included. A template left
 * open stops the rewriting there: past it everything is inside it.
 */
function rewriteTemplates(text: string, replacement: (name: string) => string | undefined): string {
  const start = /\{\{\s*([^{}|\n]{1,100}?)\s*(?=\||\}\})/g;
  const kept: string[] = [];
  let from = 0;
  for (let match = start.exec(text); match !== null; match = start.exec(text)) {
    const name = templateName(match[1] ?? '');
    const by = replacement(name);
    if (by === undefined) continue;
    const end = closingBraces(text, match.index);
    if (end < 0) break;
    kept.push(text.slice(from, match.index), by);
    from = end;
    start.lastIndex = end;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

function templateName(raw: string): string {
  return raw
    .replace(/[_\s]+/g, ' ')
    .trim()
    .replace(/^(?:template|แม่แบบ)\s*:\s*/i, '')
    .toLowerCase();
}

/** The index just past the "}}" that closes the "{{" at `open`, or -1. */
function closingBraces(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b && text.charCodeAt(i + 1) === 0x7b) {
      depth++;
      i++;
    } else if (c === 0x7d && text.charCodeAt(i + 1) === 0x7d) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

