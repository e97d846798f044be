/**
 * The searchable units of a library as the bench sees them: one per section, the lead
 * included, addressed the way search hits are (article id + section id).
 */
import type { Article } from '../../common/article.js';
import { sectionDocuments } from '../../main/library/sections.js';

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

/** Every section of every article in library order, as the engine indexes them (the lead's heading is the title). */
export function benchSections(articles: readonly Article[]): BenchSection[] {
  return articles.flatMap(sectionDocuments).map((section) => ({
    key: sectionKey(section.articleId, section.sectionId),
    heading: section.heading,
    paragraphs: section.paragraphs,
  }));
}

/** Heading and paragraphs as one string, lines apart, for the baseline engines. */
export function sectionText(section: BenchSection): string {
  return [section.heading, ...section.paragraphs].join('\n');
}
