/**
 * The table that implements the contract, and the one door every call comes
 * through: `invokeApi` checks the raw, untrusted arguments a transport
 * received against the contract's schemas before any handler runs.
 */
import { readerApi, isReaderApiMethod, type ArgsOfMethod, type ReaderApi, type ReaderApiMethod } from '../common/api.js';
import { ApiError, failure, type ApiResult } from '../common/envelope.js';
import { describeRefusal, describeValue, quote } from '../common/refusal.js';
import type { Bookmarks } from './bookmarks/bookmarks.js';
import type { ImportJobs } from './import/jobs.js';
import type { Library } from './library/library.js';
import type { NoticeBoard } from './notices.js';
import { asPlainData } from './plain.js';
import type { SearchService } from './search/searchService.js';
import type { ReadingPositionStore } from './reading/readingPositions.js';
import type { SettingsStore } from './store/settings.js';

export interface ApiDeps {
  readonly library: Library;
  readonly search: Pick<SearchService, 'search' | 'findArticles'>;
  readonly settings: SettingsStore;
  readonly bookmarks: Bookmarks;
  readonly readingPosition: ReadingPositionStore;
  /** Messages for the reader (e.g. a data file moved aside). */
  readonly notices: NoticeBoard;
  readonly imports: ImportJobs;
}

/** The handlers take arguments already checked; `invokeApi` is what checks them. */
export function createApiTable({ library, search, settings, bookmarks, readingPosition, notices, imports }: ApiDeps): ReaderApi {
  return {
    listArticles: async ({ offset, limit }) => library.list(offset, limit),
    getArticle: async (id) => library.get(id),
    removeArticle: async (id) => library.remove(id),
    resolveTitles: async (titles) => library.resolveTitles(titles),
    startImport: async (uploads) => imports.start(uploads),
    cancelImport: async (id) => imports.cancel(id),
    listImports: async () => imports.list(),
    search: async (query, options) => search.search(query, options),
    findArticles: async (query, options) => search.findArticles(query, options),
    getSettings: async () => settings.get(),
    updateSettings: async (patch) => settings.update(patch),
    listBookmarks: async () => bookmarks.list(),
    addBookmark: async (input) => bookmarks.add(input),
    toggleBookmark: async (place) => bookmarks.toggle(place),
    updateBookmark: async (id, patch) => bookmarks.update(id, patch),
    deleteBookmark: async (id) => bookmarks.remove(id),
    restoreBookmarks: async (deleted) => bookmarks.restore(deleted),
    exportBookmarks: async () => bookmarks.exportJson(),
    importBookmarks: async (json) => bookmarks.importJson(json),
    getReadingPosition: async (articleId) => readingPosition.get(articleId),
    getLastReadingPosition: async () => readingPosition.last(),
    setReadingPosition: async (position) => readingPosition.set(position),
    getNotices: async () => notices.list(),
    dismissNotice: async (id) => notices.dismiss(id),
  };
}

/** Checks a raw argument list against the method's declared arguments, or throws a `bad-request` ApiError. */
export function checkArgs<K extends ReaderApiMethod>(method: K, args: unknown): ArgsOfMethod<K> {
  const declared = readerApi[method].args;
  // A wrong count or shape says which arguments the method takes, by name.
  const count = declared.length;
  const takes = count === 0 ? 'no arguments' : `${count} argument${count === 1 ? '' : 's'} (${declared.map(([name]) => name).join(', ')})`;
  if (!Array.isArray(args)) {
    const list = count === 0 ? 'an empty list of arguments' : `a list of ${takes}`;
    throw new ApiError('bad-request', `${method} takes ${list}, got ${describeValue(args)}`);
  }
  if (args.length !== count) throw new ApiError('bad-request', `${method} takes ${takes}, got ${args.length}`);
  return declared.map(([name, schema], i) => {
    const checked = schema.safeParse(asPlainData(name, args[i]), { reportInput: true });
    if (!checked.success) throw new ApiError('bad-request', describeRefusal(name, checked.error));
    return checked.data;
  }) as ArgsOfMethod<K>;
}

/**
 * Runs one call that arrived through a transport. Never throws: the answer
 * is an envelope, so errors cross IPC and HTTP with their code intact.
 */
export async function invokeApi(
  api: ReaderApi,
  method: unknown,
  args: unknown,
  logInternalError: (error: unknown) => void = (error) => console.error(error),
): Promise<ApiResult> {
  if (!isReaderApiMethod(method)) {
    return failure(new ApiError('unknown-method', `unknown method ${quote(String(method), 80)}`));
  }
  try {
    const handler = api[method] as (...checked: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...checkArgs(method, args)) };
  } catch (error) {
    if (error instanceof ApiError) return failure(error);
    // Internal details stay in the main process log; the renderer gets a plain message.
    logInternalError(error);
    return failure(new ApiError('internal', `${method} failed inside Aksorn; see the application log`));
  }
}
