/**
 * The searchable units of a library as the bench sees them: one per section, the lead
 * included, addressed the way search hits are (article id + section id).
 */
import { leadSectionId, type Article, type Paragraph } from '../../main/contract.js';

export interface BenchSection {
  /** `${articleId}#${sectionId}`, the same key a hit of any engine is turned into. */
  readonly key: string;
  readonly heading: string;
  /** Each paragraph's text runs joined, citations left out (as in TextMatch offsets). */
  readonly paragraphs: readonly string[];
}

/** The key under which hits and query targets are compared. */
export function sectionKey(articleId: string, sectionId: string): string {
  return `${articleId}#${sectionId}`;
}

export function paragraphText(paragraph: Paragraph): string {
  let text = '';
  for (const run of paragraph.runs) if ('text' in run) text += run.text;
  return text;
}

/** Every section of every article in library order; the lead's heading is the title. */
export function benchSections(articles: readonly Article[]): BenchSection[] {
  const sections: BenchSection[] = [];
  for (const article of articles) {
    sections.push({
      key: sectionKey(article.id, leadSectionId),
      heading: article.title,
      paragraphs: article.lead.map(paragraphText),
    });
    for (const section of article.sections) {
      sections.push({
        key: sectionKey(article.id, section.id),
        heading: section.heading,
        paragraphs: section.paragraphs.map(paragraphText),
      });
    }
  }
  return sections;
}

/** Heading and paragraphs as one string, lines apart, for the baseline engines. */
export function sectionText(section: BenchSection): string {
  return [section.heading, ...section.paragraphs].join('\n');
}
