/**
 * Parses a raw Wikipedia text export into an Article. Pure: no file system, so every
 * source (the CLI, imports, the app) shares it.
 */
import type { Article, Paragraph, Section } from '../../common/article.js';
import { withoutBidiControls } from './bidi.js';
import { editWordOf, isReferencesHeading, matchHeading } from './heading.js';
import { sourceLanguage } from './language.js';
import { toLines } from './lines.js';
import { parseRuns } from './runs.js';
import { uniqueSectionIds } from './slug.js';

interface SectionDraft {
  readonly heading: string;
  readonly paragraphs: Paragraph[];
}

/**
 * The first non-blank line is the title; every other non-blank line is a heading or one
 * paragraph (the export puts each paragraph on its own line). The title is "" when the
 * text has no visible line; callers decide whether that is an error.
 */
export function parseArticle(text: string, id: string): Article {
  let title: string | undefined;
  const lead: Paragraph[] = [];
  const drafts: SectionDraft[] = [];
  let editWord: string | undefined;

  for (const line of toLines(text)) {
    if (line === '') continue;
    if (title === undefined) {
      // A line of nothing but bidi marks shows nothing: not a title.
      const visible = withoutBidiControls(line).trim();
      if (visible !== '') title = visible;
      continue;
    }
    const heading = matchHeading(line);
    if (heading !== undefined) {
      editWord ??= editWordOf(line);
      drafts.push({ heading, paragraphs: [] });
      continue;
    }
    const current = drafts.at(-1);
    (current ? current.paragraphs : lead).push({ runs: parseRuns(line) });
  }

  const ids = uniqueSectionIds(drafts.map((draft) => draft.heading));
  const sections: Section[] = drafts.map((draft, i) => ({
    id: ids[i] ?? 'section',
    heading: draft.heading,
    level: 2,
    paragraphs: draft.paragraphs,
  }));

  return {
    id,
    title: title ?? '',
    lang: sourceLanguage(editWord, text),
    lead,
    sections,
    hasReferenceList: sections.some((s) => isReferencesHeading(s.heading) && s.paragraphs.length > 0),
  };
}
