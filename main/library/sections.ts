/** An article as a list of sections with plain text, the lead included: what search and bookmarks read. */
import { leadSectionId, paragraphText, type Article } from '../../common/article.js';

export interface SectionDocument {
  readonly articleId: string;
  readonly articleTitle: string;
  readonly sectionId: string;
  /** The heading; the article title for the lead. */
  readonly heading: string;
  /** Each paragraph's text runs joined, citations left out (the offsets of TextMatch count in these). */
  readonly paragraphs: readonly string[];
}

/** The lead (when there is one) and every section, in document order. */
export function sectionDocuments(article: Article): SectionDocument[] {
  const base = { articleId: article.id, articleTitle: article.title };
  const lead =
    article.lead.length > 0
      ? [{ ...base, sectionId: leadSectionId, heading: article.title, paragraphs: article.lead.map(paragraphText) }]
      : [];
  return [
    ...lead,
    ...article.sections.map((section) => ({
      ...base,
      sectionId: section.id,
      heading: section.heading,
      paragraphs: section.paragraphs.map(paragraphText),
    })),
  ];
}
