/**
 * One page's wikitext as an Article, parsed by wtf_wikipedia. Its sections
 * give the headings and their depth; its paragraphs and sentences the text and
 * links (runs.ts). Infoboxes, other templates wtf does not render as text,
 * tables, files, categories and language links are left out.
 */
import wtf from 'wtf_wikipedia';
import type { Article, Paragraph, Section } from '../../../common/article.js';
import { paragraphText } from '../../../common/article.js';
import { withoutBidiControls } from '../../library/bidi.js';
import { sourceLanguage } from '../../library/language.js';
import { uniqueSectionIds } from '../../library/slug.js';
import { articleIdOfTitle } from '../../library/title.js';
import { privateUse } from './marks.js';
import type { WikiNamespaces } from './namespaces.js';
import type { PreparedWikitext } from './prepare.js';
import { paragraphOfSentences, type RunContext } from './runs.js';

type WtfParagraph = InstanceType<typeof wtf.Paragraph>;
type WtfSentence = InstanceType<typeof wtf.Sentence>;

interface SectionDraft {
  readonly heading: string;
  readonly level: Section['level'];
  readonly paragraphs: Paragraph[];
}

/**
 * The article of a page titled `title` (already without bidi controls), in
 * `lang` when the dump says, else as its script shows. Throws what wtf throws.
 */
export function articleOfWikitext(
  prepared: PreparedWikitext,
  title: string,
  lang: string | undefined,
  namespaces: WikiNamespaces,
): Article {
  const context: RunContext = { cites: prepared.cites, namespaces };
  const lead: Paragraph[] = [];
  const drafts: SectionDraft[] = [];

  for (const section of wtf(prepared.text).sections()) {
    const paragraphs = (section.paragraphs() as WtfParagraph[]).flatMap((p) => paragraphsOf(p, context));
    const heading = withoutBidiControls(section.title().replace(privateUse, '')).trim();
    // The text before the first heading has none; an empty "== ==" heading adds to what came before.
    if (heading === '') {
      const into = drafts.at(-1)?.paragraphs ?? lead;
      for (const paragraph of paragraphs) into.push(paragraph);
    } else drafts.push({ heading, level: levelOf(section.depth()), paragraphs });
  }

  const ids = uniqueSectionIds(drafts.map((draft) => draft.heading));
  const sections: Section[] = drafts.map((draft, i) => ({ id: ids[i] ?? 'section', ...draft }));
  const text = () => [...lead, ...sections.flatMap((s) => s.paragraphs)].slice(0, 20).map(paragraphText).join(' ');
  return {
    id: articleIdOfTitle(title),
    title,
    lang: lang ?? sourceLanguage(undefined, text()),
    lead,
    sections,
    hasReferenceList: prepared.hasReferences,
  };
}

/**
 * A wtf paragraph: its sentences make one paragraph (or list item: prepare.ts
 * gave each item a paragraph of its own); the lists wtf still found (lines
 * opening with "|" outside tables) follow as plain items.
 */
function paragraphsOf(paragraph: WtfParagraph, context: RunContext): Paragraph[] {
  const out: Paragraph[] = [];
  const text = paragraphOfSentences(paragraph.sentences(), context);
  if (text !== undefined) out.push(text);
  for (const list of paragraph.lists()) {
    for (const line of list.lines() as WtfSentence[]) {
      const item = paragraphOfSentences([line], context);
      if (item !== undefined) out.push({ runs: item.runs, item: item.item ?? { ordered: false, depth: 1 } });
    }
  }
  return out;
}

/** wtf's depth 0 is "==" (h2); h1 counts as h2 and h5, h6 as h4. */
function levelOf(depth: number): Section['level'] {
  if (depth <= 0) return 2;
  return depth === 1 ? 3 : 4;
}
