/**
 * wtf_wikipedia's sentences as the article model's runs: its plain text, cut
 * at each main-namespace link and at each private-use mark (marks.ts) that
 * prepare.ts wrote in.
 */
import type wtf from 'wtf_wikipedia';
import type { ListItem, Paragraph, Run } from '../../../common/article.js';
import { withoutScopedBidiControls } from '../../library/bidi.js';
import { decodeEntities } from './entities.js';
import { linkStartMark, markOf } from './marks.js';
import type { WikiNamespaces } from './namespaces.js';

type Sentence = InstanceType<typeof wtf.Sentence>;
type Link = InstanceType<typeof wtf.Link>;

/** What a paragraph's runs are read against: the page's cite labels and its wiki's namespaces. */
export interface RunContext {
  readonly cites: readonly string[];
  readonly namespaces: WikiNamespaces;
}

/**
 * One paragraph from wtf's sentences, joined by a space (wtf splits on line
 * breaks and full stops, which MediaWiki shows as spaces or keeps). Undefined
 * when nothing readable is left.
 */
export function paragraphOfSentences(sentences: readonly Sentence[], context: RunContext): Paragraph | undefined {
  const raw: Run[] = [];
  for (const sentence of sentences) {
    if (raw.length > 0) raw.push({ text: ' ' });
    for (const run of sentenceRuns(sentence, context.namespaces)) raw.push(run);
  }
  return finishParagraph(raw, context.cites);
}

/**
 * A sentence's text with its links as runs. Each link's shown text is looked
 * for right after its start mark, at or past the previous link, so a word that
 * also occurs before the link as plain text is not taken for it.
 */
function sentenceRuns(sentence: Sentence, namespaces: WikiNamespaces): Run[] {
  const text = sentence.text();
  const runs: Run[] = [];
  let at = 0;
  for (const link of sentence.links()) {
    const target = mainNamespaceTarget(link, namespaces);
    const shown = link.text();
    if (target === undefined || shown === '') continue;
    const found = text.indexOf(linkStartMark + shown, at);
    if (found < 0) continue;
    if (found > at) runs.push({ text: text.slice(at, found) });
    runs.push({ text: shown, link: target });
    at = found + linkStartMark.length + shown.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The article a link points to, or undefined for interwiki, external, file, category and other namespaces' links. */
function mainNamespaceTarget(link: Link, namespaces: WikiNamespaces): string | undefined {
  if (link.type() !== 'internal') return undefined;
  const page = (link.page() ?? '').replace(/^\s*:/, '').trim();
  if (page === '' || namespaces.namespaceOfTitle(page) !== 0 || isInterwiki(page)) return undefined;
  return page;
}

/** Other wikis' prefixes wtf misses after a leading colon ("[[:en:Bangkok]]"), and the common project ones. */
function isInterwiki(page: string): boolean {
  const prefix = /^([^:]{1,30}):/.exec(page)?.[1]?.trim();
  if (prefix === undefined) return false;
  return /^[a-z]{2,3}(?:-[a-z0-9]+)*$/.test(prefix) || interwikiPrefixes.has(prefix.toLowerCase());
}

const interwikiPrefixes = new Set([
  'w', 'wikipedia', 'wikt', 'wiktionary', 'commons', 'c', 's', 'wikisource', 'q', 'wikiquote', 'n', 'wikinews',
  'b', 'wikibooks', 'v', 'wikiversity', 'voy', 'wikivoyage', 'd', 'wikidata', 'species', 'wikispecies',
  'm', 'meta', 'mw', 'mediawikiwiki', 'foundation', 'wmf', 'incubator', 'phab', 'simple',
]);

/**
 * Marks read out (cites, citation needed, the item mark that opens a list
 * item), bidi controls dropped, white space collapsed, neighbouring text runs
 * joined, and the paragraph trimmed.
 */
function finishParagraph(raw: readonly Run[], cites: readonly string[]): Paragraph | undefined {
  const runs: Run[] = [];
  let item: ListItem | undefined;
  const pushText = (text: string, link: string | undefined): void => {
    const clean = withoutScopedBidiControls(decodeEntities(text));
    if (clean === '') return;
    const last = runs.at(-1);
    if (link === undefined && last !== undefined && 'text' in last && !('link' in last)) {
      runs[runs.length - 1] = { text: last.text + clean };
    } else runs.push(link === undefined ? { text: clean } : { text: clean, link });
  };

  for (const run of raw) {
    if (!('text' in run)) {
      runs.push(run);
      continue;
    }
    const link = 'link' in run ? run.link : undefined;
    let from = 0;
    for (let i = 0; i < run.text.length; i++) {
      const code = run.text.charCodeAt(i);
      if (code < 0xe000 || code > 0xf8ff) continue;
      pushText(run.text.slice(from, i), link);
      from = i + 1;
      const mark = markOf(code);
      if (mark.kind === 'cite') {
        const label = cites[mark.index];
        if (label !== undefined) runs.push({ cite: label });
      } else if (mark.kind === 'citationNeeded') runs.push({ citationNeeded: true });
      else if (mark.kind === 'item' && item === undefined && !hasText(runs)) item = mark.item;
      else if (mark.kind === 'lineEnd' && run.text[i + 1] === '.') from = ++i + 1;
    }
    pushText(run.text.slice(from), link);
  }

  // MediaWiki shows a run of white space as one space; removed templates and files leave such runs.
  const collapsed = runs.map((run) => ('text' in run ? { ...run, text: run.text.replace(/[ \t\n]+/g, ' ') } : run));
  const trimmed = trimEnds(collapsed);
  if (!hasText(trimmed)) return undefined;
  return item === undefined ? { runs: trimmed } : { runs: trimmed, item };
}

function hasText(runs: readonly Run[]): boolean {
  return runs.some((run) => 'text' in run && run.text.trim() !== '');
}

/** White space off the paragraph's ends (cites stay where they are); runs left empty go. */
function trimEnds(runs: readonly Run[]): Run[] {
  const out = [...runs];
  const trimFrom = (indexes: Iterable<number>, trim: (text: string) => string): void => {
    for (const index of indexes) {
      const run = out[index];
      if (run === undefined || !('text' in run)) continue;
      out[index] = { ...run, text: trim(run.text) };
      if (trim(run.text) !== '') return;
    }
  };
  trimFrom(out.keys(), (text) => text.trimStart());
  trimFrom([...out.keys()].reverse(), (text) => text.trimEnd());
  return out.filter((run) => !('text' in run) || run.text !== '');
}
