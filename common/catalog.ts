/** Browsing the library (the home view): its articles sorted, filtered by title and paged, with how far each was read. */
import { z } from 'zod';
import { articleSummarySchema } from './article.js';
import { anyText, oneOf, wholeNumber } from './fields.js';
import { limits } from './limits.js';

/** Title (Thai collation), the ones read most recently first (unread after, by title), or the newest additions first. */
export const catalogSorts = ['title', 'recent', 'added'] as const;
export type CatalogSort = (typeof catalogSorts)[number];

export const browseQuerySchema = z
  .strictObject({
    sort: oneOf(catalogSorts),
    /** Any part of the title (folded as search folds it); empty lists every article. No title is longer than a title. */
    filter: anyText(limits.title),
    offset: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    limit: wholeNumber(1, limits.catalogPage),
  })
  .readonly();
export type BrowseQuery = z.infer<typeof browseQuerySchema>;

export const catalogEntrySchema = articleSummarySchema
  .unwrap()
  .extend({
    /** How far into the article the reader got (0..1), or null when it was never opened. */
    readProgress: z.number().min(0).max(1).nullable(),
    /** ISO 8601; when the reader was last in it, or null. */
    readAt: z.string().nullable(),
  })
  .readonly();
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogPageSchema = z
  .strictObject({
    articles: z.array(catalogEntrySchema).readonly(),
    /** Articles the filter lets through (all of them without one). */
    total: z.int(),
    /** Articles in the library. */
    libraryTotal: z.int(),
  })
  .readonly();
export type CatalogPage = z.infer<typeof catalogPageSchema>;
