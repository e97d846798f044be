/** Where the reader is: kept per article, so each opens where it was left. */
import { z } from 'zod';
import { idSchema, numberBetween } from './fields.js';

/** The section in view and how far into it (0..1). */
export const readingPositionSchema = z
  .strictObject({ articleId: idSchema, sectionId: idSchema, progress: numberBetween(0, 1) })
  .readonly();
export type ReadingPosition = z.infer<typeof readingPositionSchema>;
