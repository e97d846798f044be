/**
 * The one contract between the renderer and the main process: every method
 * with its named arguments and its result, each declared once as a schema.
 * `ReaderApi` (both sides' type), main's argument checks (main/api.ts) and the
 * transports' loops (IPC, HTTP) all derive from `readerApi`.
 */
import { z } from 'zod';
import { articlePageSchema, articleSchema } from './article.js';
import {
  bookmarkChangeSchema,
  bookmarkListSchema,
  bookmarkPatchSchema,
  bookmarkPlaceSchema,
  importSummarySchema,
  newBookmarkSchema,
  resolvedBookmarkSchema,
} from './bookmarks.js';
import { idSchema, text, wholeNumber } from './fields.js';
import { findArticlesOptionsSchema, foundArticleSchema } from './find.js';
import { importJobSchema } from './imports.js';
import { limits } from './limits.js';
import { postedNoticeSchema } from './notices.js';
import { readingPositionSchema } from './reading.js';
import { searchOptionsSchema, searchQuerySchema, searchResultsSchema } from './search.js';
import { settingsPatchSchema, settingsSchema } from './settings.js';

/** An argument: the name a refusal calls it by, and its schema. */
type Arg = readonly [name: string, schema: z.ZodType];

interface MethodSpec<A extends readonly Arg[] = readonly Arg[], R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
}

function method<const A extends readonly Arg[], R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result };
}

const nothing = z.void();

/** Everything the renderer may ask of the main process. */
export const readerApi = {
  /** The library in the order articles entered it, `limit` articles from `offset`; nothing loads it whole. */
  listArticles: method(
    [['range', z.strictObject({ offset: wholeNumber(0, Number.MAX_SAFE_INTEGER), limit: wholeNumber(1, limits.articlesPerPage) }).readonly()]],
    articlePageSchema,
  ),
  getArticle: method([['id', idSchema]], articleSchema),
  /** Removes an imported article (the bundled ones stay); its bookmarks stay, shown as missing until it returns. */
  removeArticle: method([['id', idSchema]], nothing),
  /** The article each title (or redirect alias) names, or null where the library has none: how links are shown. */
  resolveTitles: method([['titles', z.array(text(limits.title)).max(limits.titlesPerCall)]], z.array(idSchema.nullable()).readonly()),
  /** Queues an import of files already uploaded (common/imports.ts); progress arrives as `importProgress` events. */
  startImport: method([['uploads', z.array(idSchema).min(1).max(limits.filesPerImport)]], importJobSchema),
  /** Stops a queued or running import; what it imported so far stays, whole articles only. */
  cancelImport: method([['id', idSchema]], nothing),
  /** The imports running or queued, and the last ones finished, newest first. */
  listImports: method([], z.array(importJobSchema).readonly()),
  /** Full-text search over every section. */
  search: method([['query', searchQuerySchema], ['options', searchOptionsSchema]], searchResultsSchema),
  /** Quick open: articles by any part of a title or redirect, recently read first; a blank query lists the recently read. */
  findArticles: method([['query', searchQuerySchema], ['options', findArticlesOptionsSchema]], z.array(foundArticleSchema).readonly()),
  getSettings: method([], settingsSchema),
  /** Applies the given fields and answers the settings now in force. */
  updateSettings: method([['settings', settingsPatchSchema]], settingsSchema),
  /** Every bookmark, by article and then document order, each re-anchored to the article as it is now. */
  listBookmarks: method([], z.array(resolvedBookmarkSchema).readonly()),
  addBookmark: method([['bookmark', newBookmarkSchema]], bookmarkChangeSchema),
  /** Bookmarks a section or paragraph, or removes the bookmarks of that kind it already has. */
  toggleBookmark: method([['place', bookmarkPlaceSchema]], bookmarkChangeSchema),
  updateBookmark: method([['id', idSchema], ['patch', bookmarkPatchSchema]], bookmarkChangeSchema),
  deleteBookmark: method([['id', idSchema]], bookmarkChangeSchema),
  /** Undo: takes back what a change removed (those still present are left as they are). */
  restoreBookmarks: method([['bookmarks', bookmarkListSchema]], bookmarkChangeSchema),
  /** The JSON export of every bookmark (BookmarkExport). */
  exportBookmarks: method([], z.string()),
  /** Takes a JSON export; merges without duplicates, or refuses the whole file and changes nothing. */
  importBookmarks: method([['json', text(limits.importText)]], importSummarySchema),
  /** Where the reader was in this article, if they have read it. */
  getReadingPosition: method([['articleId', idSchema]], readingPositionSchema.nullable()),
  /** Where the reader was in the article they read last (of those still in the library). */
  getLastReadingPosition: method([], readingPositionSchema.nullable()),
  setReadingPosition: method([['position', readingPositionSchema]], nothing),
  /** Messages for the reader not yet dismissed, such as a data file that had to be moved aside. */
  getNotices: method([], z.array(postedNoticeSchema).readonly()),
  /** The reader has read it: it is not listed again (an unknown id changes nothing). */
  dismissNotice: method([['id', wholeNumber(0, Number.MAX_SAFE_INTEGER)]], nothing),
} as const satisfies Record<string, MethodSpec>;

export type ReaderApiMethod = keyof typeof readerApi;

type ArgsOf<A extends readonly Arg[]> = { -readonly [I in keyof A]: z.infer<A[I][1]> };

/** The contract as functions: what the renderer calls and main implements. */
export type ReaderApi = {
  readonly [K in ReaderApiMethod]: (...args: ArgsOf<(typeof readerApi)[K]['args']>) => Promise<z.infer<(typeof readerApi)[K]['result']>>;
};

/** The arguments and the answer of one method. */
export type ArgsOfMethod<K extends ReaderApiMethod> = Parameters<ReaderApi[K]>;
export type ResultOf<K extends ReaderApiMethod> = Awaited<ReturnType<ReaderApi[K]>>;

/** Every method of the contract, in a stable order. */
export const readerApiMethods = Object.keys(readerApi) as readonly ReaderApiMethod[];

export function isReaderApiMethod(name: unknown): name is ReaderApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(readerApi, name);
}

/** The IPC channel of a method (`domain:verb`). */
export function channelOf(method: ReaderApiMethod): string {
  return `reader:${method}`;
}
