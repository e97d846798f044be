/** The seed article and its search, built once per test file, plus plain views of its sections for checking hits. */
import { leadSectionId, type Article, type Paragraph } from '../../../common/article.js';
import type { SearchHit, TextMatch } from '../../../common/search.js';
import { readArticleSource } from '../../../main/library/source.js';
import { buildSearchIndex } from '../../../main/search/build.js';
import { createSearch, type Search } from '../../../main/search/search.js';
import { seedArticle } from '../../seed.js';

export const seed: Article = readArticleSource(seedArticle.path);

export const seedSearch: Search = searchOver([seed]);

/** A search over the given articles, built as the app builds it. */
export function searchOver(articles: readonly Article[]): Search {
  return createSearch(articles, buildSearchIndex(articles));
}

/** A section's id looked up by its heading in the parsed article; "lead" for the lead (by the article's title). */
export function sectionIdOf(heading: string, article: Article = seed): string {
  if (heading === article.title) return leadSectionId;
  const section = article.sections.find((candidate) => candidate.heading === heading);
  if (!section) throw new Error(`no section headed "${heading}" in ${article.id}`);
  return section.id;
}

/** What a section offers to search, as the contract describes it: the heading (the title for the lead) and each paragraph's text runs joined. */
export interface SectionText {
  readonly sectionId: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

function joinRuns(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => ('text' in run ? run.text : '')).join('');
}

/** Every searchable section of an article, the lead first when there is one. */
export function sectionTexts(article: Article = seed): SectionText[] {
  const lead = article.lead.length > 0 ? [{ sectionId: leadSectionId, heading: article.title, paragraphs: article.lead.map(joinRuns) }] : [];
  return [
    ...lead,
    ...article.sections.map((section) => ({ sectionId: section.id, heading: section.heading, paragraphs: section.paragraphs.map(joinRuns) })),
  ];
}

/** The original text a match points into (heading when `paragraph` is null). */
export function matchedText(section: SectionText, match: TextMatch): string {
  const text = match.paragraph === null ? section.heading : section.paragraphs[match.paragraph];
  if (text === undefined) throw new Error(`match names paragraph ${match.paragraph}, which section "${section.sectionId}" lacks`);
  return text.slice(match.start, match.end);
}

/** The section ids of hits, best first. */
export function idsOf(hits: readonly SearchHit[]): string[] {
  return hits.map((hit) => hit.sectionId);
}
