/** Full-text search: the options a query takes and the hits it answers. */
import { z } from 'zod';
import { anyText, idSchema, wholeNumber } from './fields.js';
import { limits } from './limits.js';

/** Any text is a valid query (an empty one finds nothing). */
export const searchQuerySchema = anyText(limits.query);

/** Where to search: the whole library, or one article. */
export const searchScopeSchema = z.union([z.literal('library'), z.strictObject({ article: idSchema }).readonly()]);
export type SearchScope = z.infer<typeof searchScopeSchema>;

export const searchOptionsSchema = z
  .strictObject({
    /** How many hits to answer at most (default 20). */
    limit: wholeNumber(1, limits.searchHits).optional(),
    /** How many of the best hits to skip: "more results" asks again with the next offset. */
    offset: wholeNumber(0, limits.searchOffset).optional(),
    /** The whole library (the default), or one article. */
    scope: searchScopeSchema.optional(),
    /** Typed into a search box: a newer such search cancels this one, which then answers `superseded`. */
    asYouType: z.boolean().optional(),
  })
  .readonly();
export type SearchOptions = z.infer<typeof searchOptionsSchema>;

/** An article a query names: every term is in its title, or in another title of it (a redirect). */
export const titleMatchSchema = z
  .strictObject({
    articleId: z.string(),
    title: z.string(),
    /** The redirect title that matched, when the article's own title did not. */
    alias: z.string().optional(),
  })
  .readonly();
export type TitleMatch = z.infer<typeof titleMatchSchema>;

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
    /** Articles whose titles hold every term, best first (library scope, first page only). */
    titles: z.array(titleMatchSchema).readonly(),
    /** Best first, at most `limit`, after `offset`. */
    hits: z.array(searchHitSchema).readonly(),
    /** Sections that matched: all of them when `exact`, else the ones counted before counting stopped ("more than"). */
    total: z.int(),
    /** The articles those sections are in. */
    articles: z.int(),
    exact: z.boolean(),
    /** A newer as-you-type search cancelled this one: it answers nothing. */
    superseded: z.boolean(),
  })
  .readonly();
export type SearchResults = z.infer<typeof searchResultsSchema>;
