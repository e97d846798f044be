/** The article model: what the library stores, the API sends and the reader shows. */
import { z } from 'zod';

/**
 * A piece of paragraph text: plain text, a link to another article (by its
 * title, resolved against the library when shown), a numbered citation, or a
 * "citation needed" mark.
 */
export const runSchema = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ text: z.string(), link: z.string() }),
  z.strictObject({ cite: z.string() }),
  z.strictObject({ citationNeeded: z.literal(true) }),
]);
export type Run = Readonly<z.infer<typeof runSchema>>;

/** Lists nest this deep at most; deeper items are shown at the deepest level. */
export const maxListDepth = 6;

/** What makes a paragraph a list item: the kind of list and how deep it is nested (1 = top level). */
export const listItemSchema = z
  .strictObject({ ordered: z.boolean(), depth: z.int().min(1).max(maxListDepth) })
  .readonly();
export type ListItem = z.infer<typeof listItemSchema>;

/**
 * A paragraph, or one item of a list when `item` is set: lists are flat runs
 * of items, so bookmarks, search offsets and selections address an item
 * exactly as they address a paragraph.
 */
export const paragraphSchema = z
  .strictObject({ runs: z.array(runSchema).readonly(), item: listItemSchema.optional() })
  .readonly();
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
    /** 2 for a section, 3 and 4 for its subsections (h2–h4; deeper headings count as 4). */
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    paragraphs: z.array(paragraphSchema).readonly(),
  })
  .readonly();
export type Section = z.infer<typeof sectionSchema>;

/** A parsed article: the documented JSON shape shared by the app, the CLI and imports. */
export const articleSchema = z
  .strictObject({
    /** Stable across re-imports: derived from the normalized title (the bundled ones: from their file name). */
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

/** Where an article came from: shipped with Aksorn, or imported from a text export, an HTML page or a wiki dump. */
export const articleSources = ['bundled', 'text', 'html', 'dump'] as const;
export type ArticleSource = (typeof articleSources)[number];

/** What the library lists without sending whole articles. */
export const articleSummarySchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    lang: z.string(),
    sectionCount: z.int(),
    source: z.enum(articleSources),
    /** Bytes of the article's text (UTF-8). */
    size: z.int(),
    /** ISO 8601; when it first entered the library. */
    addedAt: z.string(),
  })
  .readonly();
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** A stretch of the library, in library order, and how many articles it holds in all. */
export const articlePageSchema = z
  .strictObject({ articles: z.array(articleSummarySchema).readonly(), total: z.int() })
  .readonly();
export type ArticlePage = z.infer<typeof articlePageSchema>;

/** The section id under which search, links and bookmarks address an article's lead. */
export const leadSectionId = 'lead';
