/**
 * The table that implements ReaderApi: one entry per contract method, each
 * checking its arguments before it does anything. Transports loop over it.
 */
import { checkArgs, nullable, numberBetween, oneOf, partialRecord, record, string, text, wholeNumber } from './args.js';
import type { Bookmarks } from './bookmarks/bookmarks.js';
import { checkBookmark, maxNameLength, maxNoteLength } from './bookmarks/check.js';
import {
  ApiError,
  fontFamilies,
  isReaderApiMethod,
  languages,
  themeChoices,
  typographyLimits,
  type ApiResult,
  type ReaderApi,
  type Bookmark,
  type BookmarkExportFormat,
  type NewBookmark,
  type ReaderApiMethod,
  type ReadingPosition,
  type SearchOptions,
  type Settings,
} from './contract.js';
import type { Library } from './library/library.js';
import { maxSearchLimit, type Search } from './search/search.js';
import type { ReadingPositionStore } from './store/readingPosition.js';
import type { SettingsStore } from './store/settings.js';

/** Each handler takes the raw, untrusted argument list a transport received. */
export type ApiTable = {
  readonly [K in ReaderApiMethod]: (args: unknown) => Promise<Awaited<ReturnType<ReaderApi[K]>>>;
};

export interface ApiDeps {
  readonly library: Library;
  readonly search: Search;
  readonly settings: SettingsStore;
  readonly bookmarks: Bookmarks;
  readonly readingPosition: ReadingPositionStore;
  /** Messages from start-up for the reader (e.g. a data file moved aside). */
  readonly notices: readonly string[];
}

const maxIdLength = 200;
// Search itself reads only the start of a long query; this bounds what crosses the transport.
const maxQueryLength = 10_000;
const maxImportLength = 20 * 1024 * 1024;
const maxParagraph = 1_000_000;
const maxOffset = 10_000_000;

const id = text(maxIdLength);
const newBookmark = record<NewBookmark>({
  articleId: id,
  sectionId: id,
  paragraph: nullable(wholeNumber(0, maxParagraph)),
  range: nullable(record<{ start: number; end: number }>({ start: wholeNumber(0, maxOffset), end: wholeNumber(0, maxOffset) })),
  name: string(maxNameLength),
  note: string(maxNoteLength),
});
const bookmarkPatch = partialRecord<{ name: string; note: string }>({ name: string(maxNameLength), note: string(maxNoteLength) });
const { fontSize, lineHeight, pageWidth } = typographyLimits;
const settingsPatch = partialRecord<Settings>({
  language: oneOf(languages),
  theme: oneOf(themeChoices),
  fontSize: numberBetween(fontSize.min, fontSize.max),
  lineHeight: numberBetween(lineHeight.min, lineHeight.max),
  pageWidth: numberBetween(pageWidth.min, pageWidth.max),
  fontFamily: oneOf(fontFamilies),
});
const readingPosition = record<ReadingPosition>({ articleId: id, sectionId: id, progress: numberBetween(0, 1) });

export function createApiTable({ library, search, settings, bookmarks, readingPosition: position, notices }: ApiDeps): ApiTable {
  return {
    async listArticles(args) {
      checkArgs<[]>(args, []);
      return library.list();
    },
    async getArticle(args) {
      const [id] = checkArgs<[string]>(args, [['id', text(maxIdLength)]]);
      return library.get(id);
    },
    async search(args) {
      const [query, options] = checkArgs<[string, SearchOptions]>(args, [
        ['query', string(maxQueryLength)],
        ['options', partialRecord<SearchOptions>({ limit: wholeNumber(1, maxSearchLimit) })],
      ]);
      return search.search(query, options);
    },
    async getSettings(args) {
      checkArgs<[]>(args, []);
      return settings.get();
    },
    async updateSettings(args) {
      const [patch] = checkArgs<[Partial<Settings>]>(args, [['settings', settingsPatch]]);
      return settings.update(patch);
    },
    async listBookmarks(args) {
      checkArgs<[]>(args, []);
      return bookmarks.list();
    },
    async addBookmark(args) {
      const [input] = checkArgs<[NewBookmark]>(args, [['bookmark', newBookmark]]);
      return bookmarks.add(input);
    },
    async updateBookmark(args) {
      const [bookmarkId, patch] = checkArgs<[string, { name?: string; note?: string }]>(args, [
        ['id', id],
        ['patch', bookmarkPatch],
      ]);
      return bookmarks.update(bookmarkId, patch);
    },
    async deleteBookmark(args) {
      const [bookmarkId] = checkArgs<[string]>(args, [['id', id]]);
      return bookmarks.remove(bookmarkId);
    },
    async restoreBookmark(args) {
      const [bookmark] = checkArgs<[Bookmark]>(args, [['bookmark', checkBookmark]]);
      return bookmarks.restore(bookmark);
    },
    async exportBookmarks(args) {
      const [format] = checkArgs<[BookmarkExportFormat]>(args, [['format', oneOf<BookmarkExportFormat>(['json', 'markdown'])]]);
      return bookmarks.exportAs(format);
    },
    async importBookmarks(args) {
      const [json] = checkArgs<[string]>(args, [['json', text(maxImportLength)]]);
      return bookmarks.importJson(json);
    },
    async getReadingPosition(args) {
      checkArgs<[]>(args, []);
      return position.get();
    },
    async setReadingPosition(args) {
      const [next] = checkArgs<[ReadingPosition]>(args, [['position', readingPosition]]);
      position.set(next);
    },
    async getNotices(args) {
      checkArgs<[]>(args, []);
      return notices;
    },
  };
}

/**
 * Runs one call that arrived through a transport. Never throws: the answer
 * is an envelope, so errors cross IPC and HTTP with their code intact.
 */
export async function invokeApi(
  api: ApiTable,
  method: unknown,
  args: unknown,
  logInternalError: (error: unknown) => void = (error) => console.error(error),
): Promise<ApiResult> {
  if (!isReaderApiMethod(method)) {
    return failure(new ApiError('unknown-method', `unknown method ${JSON.stringify(String(method).slice(0, 80))}`));
  }
  try {
    return { ok: true, value: await api[method](args) };
  } catch (error) {
    if (error instanceof ApiError) return failure(error);
    // Internal details stay in the main process log; the renderer gets a plain message.
    logInternalError(error);
    return failure(new ApiError('internal', `${method} failed inside Aksorn; see the application log`));
  }
}

function failure(error: ApiError): ApiResult {
  return { ok: false, error: { code: error.code, message: error.message } };
}
