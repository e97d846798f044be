/** The article model: what the library stores, the API sends and the reader shows. */
import { z } from 'zod';

/** A piece of paragraph text: plain text, a numbered citation, or a "citation needed" mark. */
export const runSchema = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ cite: z.string() }),
  z.strictObject({ citationNeeded: z.literal(true) }),
]);
export type Run = Readonly<z.infer<typeof runSchema>>;

export const paragraphSchema = z.strictObject({ runs: z.array(runSchema).readonly() }).readonly();
export type Paragraph = z.infer<typeof paragraphSchema>;

/** A paragraph's text runs joined, citations left out: the text that search offsets count in. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => ('text' in run ? run.text : '')).join('');
}

export const sectionSchema = z
  .strictObject({
    /** Deterministic, readable and unique within its article; derived from the heading. */
    id: z.string(),
    heading: z.string(),
    paragraphs: z.array(paragraphSchema).readonly(),
  })
  .readonly();
export type Section = z.infer<typeof sectionSchema>;

/** A parsed article: the documented JSON shape shared by the app, the CLI and imports. */
export const articleSchema = z
  .strictObject({
    /** Stable across re-imports: derived from the source's name. */
    id: z.string(),
    title: z.string(),
    /** The language of the text (BCP 47), as the source says or its script shows. */
    lang: z.string(),
    /** Paragraphs before the first heading. */
    lead: z.array(paragraphSchema).readonly(),
    sections: z.array(sectionSchema).readonly(),
    /** False when the References heading has no list under it (the case for text exports). */
    hasReferenceList: z.boolean(),
  })
  .readonly();
export type Article = z.infer<typeof articleSchema>;

/** What the library lists without sending whole articles. */
export const articleSummarySchema = z
  .strictObject({ id: z.string(), title: z.string(), lang: z.string(), sectionCount: z.int() })
  .readonly();
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** The section id under which search, links and bookmarks address an article's lead. */
export const leadSectionId = 'lead';
