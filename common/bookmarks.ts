/** Bookmarks: where one points, what the reader wrote on it, and how changes are answered. */
import { z } from 'zod';
import { anyText, idSchema, isoDate, oneOf, text, wholeNumber } from './fields.js';
import { limits } from './limits.js';

export const bookmarkKinds = ['section', 'paragraph', 'passage'] as const;
export type BookmarkKind = (typeof bookmarkKinds)[number];

const paragraphIndex = wholeNumber(0, limits.paragraph);
const offset = wholeNumber(0, limits.offset);

/** A passage's text as it was bookmarked, with some text on either side to find it again. */
export const quoteSchema = z
  .strictObject({ text: text(limits.quotedText), prefix: anyText(limits.anchorText), suffix: anyText(limits.anchorText) })
  .readonly();
export type Quote = z.infer<typeof quoteSchema>;

/** Where a bookmark points: a location and the text there, never a label. */
export const bookmarkAnchorSchema = z
  .strictObject({
    articleId: idSchema,
    /** "lead" for the lead. */
    sectionId: idSchema,
    /** The paragraph's index in its section; null for a section bookmark. */
    paragraph: paragraphIndex.nullable(),
    /** The passage, for passage bookmarks; null otherwise. */
    quote: quoteSchema.nullable(),
    /** The opening text of what is bookmarked (the paragraph, or the section's first one), to find it after edits. */
    context: anyText(limits.anchorText),
  })
  .readonly();
export type BookmarkAnchor = z.infer<typeof bookmarkAnchorSchema>;

/** The kind an anchor makes: a quote is a passage, a paragraph without one a paragraph, else a section. */
export function kindOfAnchor(anchor: Pick<BookmarkAnchor, 'paragraph' | 'quote'>): BookmarkKind {
  if (anchor.quote !== null) return 'passage';
  return anchor.paragraph === null ? 'section' : 'paragraph';
}

const bookmarkName = anyText(limits.bookmarkName);
const bookmarkNote = anyText(limits.bookmarkNote);

/** A stored bookmark: the one shape the store, undo and the export file share. */
export const bookmarkSchema = z
  .strictObject({
    id: idSchema,
    kind: oneOf(bookmarkKinds),
    anchor: bookmarkAnchorSchema,
    /** The reader's name for it; "" shows the section heading instead. */
    name: bookmarkName,
    note: bookmarkNote,
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .refine((b) => b.kind === kindOfAnchor(b.anchor) && !(b.anchor.quote !== null && b.anchor.paragraph === null), {
    path: ['kind'],
    error: 'does not agree with its anchor',
  })
  .readonly();
export type Bookmark = z.infer<typeof bookmarkSchema>;

/** ok: found where it was; moved: found elsewhere by its text; missing: not found (kept, never dropped). */
export const anchorStatuses = ['ok', 'moved', 'missing'] as const;
export type AnchorStatus = (typeof anchorStatuses)[number];

/** Where a bookmark points in the article as it is now. */
export const bookmarkTargetSchema = z
  .strictObject({
    sectionId: z.string(),
    paragraph: z.int().nullable(),
    /** The passage's UTF-16 range in the paragraph's text (paragraphText), for passages. */
    start: z.int().nullable(),
    end: z.int().nullable(),
  })
  .readonly();
export type BookmarkTarget = z.infer<typeof bookmarkTargetSchema>;

/** A bookmark as shown: its stored fields plus what is derived when listing. */
export const resolvedBookmarkSchema = z
  .strictObject({
    ...bookmarkSchema.unwrap().shape,
    status: z.enum(anchorStatuses),
    /** Null when missing. */
    target: bookmarkTargetSchema.nullable(),
    /** The name, or the heading of the section it points to (the article title for the lead). */
    label: z.string(),
    /**
     * The article's title; while the article is not in the library, the title
     * it had (or, for one this library never held, its id read as a title).
     */
    articleTitle: z.string(),
    /** The article is not in the library: the bookmark cannot be opened until it is imported again. */
    articleMissing: z.boolean(),
    sectionHeading: z.string().nullable(),
    /** Where it stands in the list (library order, then document order): compare element by element. */
    order: z.array(z.number()).readonly(),
  })
  .readonly();
export type ResolvedBookmark = z.infer<typeof resolvedBookmarkSchema>;

/** Orders two `ResolvedBookmark.order` keys: element by element. */
export function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A place in an article that can be bookmarked: a section (paragraph null) or one of its paragraphs. */
export const bookmarkPlaceSchema = z
  .strictObject({ articleId: idSchema, sectionId: idSchema, paragraph: paragraphIndex.nullable() })
  .readonly();
export type BookmarkPlace = z.infer<typeof bookmarkPlaceSchema>;

/** What the renderer sends to add a bookmark; main derives the quote and context from its own copy. */
export const newBookmarkSchema = z
  .strictObject({
    ...bookmarkPlaceSchema.unwrap().shape,
    /** A passage: its UTF-16 range in the paragraph's text (paragraphText). */
    range: z.strictObject({ start: offset, end: offset }).readonly().nullable(),
    name: bookmarkName,
    note: bookmarkNote,
  })
  .readonly();
export type NewBookmark = z.infer<typeof newBookmarkSchema>;

/** The fields the reader edits. */
export const bookmarkPatchSchema = z.strictObject({ name: bookmarkName.optional(), note: bookmarkNote.optional() }).readonly();
export type BookmarkPatch = z.infer<typeof bookmarkPatchSchema>;

/** Several bookmarks coming back (undo). */
export const bookmarkListSchema = z.array(bookmarkSchema).max(limits.bookmarks, { error: `has more than ${limits.bookmarks} items` }).readonly();

/** What a change did, so the renderer updates its list without fetching it again. */
export const bookmarkChangeSchema = z
  .strictObject({
    /** Added or changed, as listed now. */
    saved: z.array(resolvedBookmarkSchema).readonly(),
    /** Deleted, whole: what `restoreBookmarks` takes back (undo). */
    removed: z.array(bookmarkSchema).readonly(),
  })
  .readonly();
export type BookmarkChange = z.infer<typeof bookmarkChangeSchema>;

export const importSummarySchema = z
  .strictObject({
    added: z.int(),
    /** Already present (same id, or same place, name and note). */
    skipped: z.int(),
  })
  .readonly();
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** What names a bookmarks export, and the version of its layout. */
export const bookmarkExportFormat = 'aksorn-bookmarks';
export const bookmarkExportVersion = 1;

/** The file `exportBookmarks` writes and `importBookmarks` reads: every stored field, so an import gives back what was exported. */
export const bookmarkExportSchema = z
  .strictObject({
    format: z.literal(bookmarkExportFormat, { error: `must be "${bookmarkExportFormat}"` }),
    version: z.literal(bookmarkExportVersion, { error: `must be ${bookmarkExportVersion}` }),
    exportedAt: isoDate,
    bookmarks: bookmarkListSchema,
  })
  .readonly();
export type BookmarkExport = z.infer<typeof bookmarkExportSchema>;
