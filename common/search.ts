/** Full-text search: the options a query takes and the hits it answers. */
import { z } from 'zod';
import { anyText, wholeNumber } from './fields.js';
import { limits } from './limits.js';

/** Any text is a valid query (an empty one finds nothing). */
export const searchQuerySchema = anyText(limits.query);

export const searchOptionsSchema = z
  .strictObject({
    /** How many hits to answer at most (default 20); `total` still counts them all. */
    limit: wholeNumber(1, limits.searchHits).optional(),
  })
  .readonly();
export type SearchOptions = z.infer<typeof searchOptionsSchema>;

/** Text around the first match, so the UI never re-scans the section. */
export const excerptSchema = z.strictObject({ pre: z.string(), match: z.string(), post: z.string() }).readonly();
export type Excerpt = z.infer<typeof excerptSchema>;

/**
 * One match in a section's text. `paragraph` indexes the section's paragraphs
 * (the lead's for section "lead"), or is null for the heading; `start`/`end`
 * are UTF-16 offsets into that paragraph's text runs joined (citations left out).
 */
export const textMatchSchema = z.strictObject({ paragraph: z.int().nullable(), start: z.int(), end: z.int() }).readonly();
export type TextMatch = z.infer<typeof textMatchSchema>;

export const searchHitSchema = z
  .strictObject({
    articleId: z.string(),
    articleTitle: z.string(),
    /** "lead" for the lead. */
    sectionId: z.string(),
    /** The section heading; the article title for the lead. */
    heading: z.string(),
    score: z.number(),
    excerpt: excerptSchema,
    /** Every match in the section, in document order, for highlighting. */
    matches: z.array(textMatchSchema).readonly(),
  })
  .readonly();
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultsSchema = z
  .strictObject({
    /** Best first, at most `limit`. */
    hits: z.array(searchHitSchema).readonly(),
    /** How many sections matched in all. */
    total: z.int(),
  })
  .readonly();
export type SearchResults = z.infer<typeof searchResultsSchema>;
