/**
 * The table that implements ReaderApi: one entry per contract method, each
 * checking its arguments before it does anything. Transports loop over it.
 */
import { checkArgs, oneOf, partialRecord, string, text, wholeNumber } from './args.js';
import {
  ApiError,
  isReaderApiMethod,
  languages,
  type ApiResult,
  type ReaderApi,
  type ReaderApiMethod,
  type SearchOptions,
  type Settings,
} from './contract.js';
import type { Library } from './library/library.js';
import { maxSearchLimit, type Search } from './search/search.js';
import type { SettingsStore } from './store/settings.js';

/** Each handler takes the raw, untrusted argument list a transport received. */
export type ApiTable = {
  readonly [K in ReaderApiMethod]: (args: unknown) => Promise<Awaited<ReturnType<ReaderApi[K]>>>;
};

export interface ApiDeps {
  readonly library: Library;
  readonly search: Search;
  readonly settings: SettingsStore;
}

const maxIdLength = 200;
// Search itself reads only the start of a long query; this bounds what crosses the transport.
const maxQueryLength = 10_000;

export function createApiTable({ library, search, settings }: ApiDeps): ApiTable {
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
      const [patch] = checkArgs<[Partial<Settings>]>(args, [
        ['settings', partialRecord<Settings>({ language: oneOf(languages) })],
      ]);
      return settings.update(patch);
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
