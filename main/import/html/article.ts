/** Puts a page's headings and paragraphs together as an article. */
import type { Article, Paragraph, Section } from '../../../common/article.js';
import { paragraphText } from '../../../common/article.js';
import { sourceLanguage } from '../../library/language.js';
import { uniqueSectionIds } from '../../library/slug.js';
import { articleIdOfTitle } from '../../library/title.js';
import type { Block, HeadingLevel } from './blocks.js';

/** What the page says about itself besides its blocks. */
export interface PageFacts {
  readonly title: string;
  /** The language the page declares, if any. */
  readonly lang: string | undefined;
  /** The word of its section edit links ("แก้", "edit"), a hint at its language when it declares none. */
  readonly editWord: string | undefined;
  readonly hasReferenceList: boolean;
}

interface SectionDraft {
  readonly heading: string;
  readonly level: HeadingLevel;
  readonly paragraphs: Paragraph[];
}

/** The paragraphs before the first heading are the lead; each heading opens a section. */
function splitSections(blocks: readonly Block[]): { lead: Paragraph[]; drafts: SectionDraft[] } {
  const lead: Paragraph[] = [];
  const drafts: SectionDraft[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') drafts.push({ heading: block.text, level: block.level, paragraphs: [] });
    else (drafts.at(-1)?.paragraphs ?? lead).push(block.paragraph);
  }
  return { lead, drafts };
}

/** The article of a page; its id comes from its title, like every imported article's. */
export function assembleArticle(blocks: readonly Block[], facts: PageFacts): Article {
  const { lead, drafts } = splitSections(blocks);
  const ids = uniqueSectionIds(drafts.map((draft) => draft.heading));
  const sections: Section[] = drafts.map((draft, i) => ({
    id: ids[i] ?? 'section',
    heading: draft.heading,
    level: draft.level,
    paragraphs: draft.paragraphs,
  }));
  const text = [...lead, ...drafts.flatMap((d) => d.paragraphs)].map(paragraphText).join('\n');
  return {
    id: articleIdOfTitle(facts.title),
    title: facts.title,
    lang: facts.lang ?? sourceLanguage(facts.editWord, text),
    lead,
    sections,
    hasReferenceList: facts.hasReferenceList,
  };
}

/** Whether an article has any paragraph at all. */
export function hasParagraphs(article: Article): boolean {
  return article.lead.length > 0 || article.sections.some((s) => s.paragraphs.length > 0);
}
