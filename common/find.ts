/** Quick open: articles found by any part of a title or of another title (a redirect), recently read first. */
import { z } from 'zod';
import { wholeNumber } from './fields.js';
import { limits } from './limits.js';

/** Articles one call answers unless it asks for fewer or more. */
export const defaultFoundArticles = 50;

export const findArticlesOptionsSchema = z
  .strictObject({
    /** How many articles to answer at most (default 50). */
    limit: wholeNumber(1, limits.foundArticles).optional(),
  })
  .readonly();
export type FindArticlesOptions = z.infer<typeof findArticlesOptionsSchema>;

export const foundArticleSchema = z
  .strictObject({
    articleId: z.string(),
    title: z.string(),
    /** The redirect title that matched, when the article's own title did not. */
    alias: z.string().optional(),
    /** When the reader last read it (ISO 8601), for an article they have read. */
    readAt: z.string().optional(),
  })
  .readonly();
export type FoundArticle = z.infer<typeof foundArticleSchema>;
