/**
 * The one contract between the renderer and the main process.
 *
 * Both sides compile this file, so it imports nothing. The main side
 * implements `ReaderApi` as one table (main/api.ts); the transports (Electron
 * IPC, HTTP in browser mode) are thin loops over `readerApiMethods`.
 */

/** A piece of paragraph text: plain text, a numbered citation, or a "citation needed" mark. */
export type Run =
  | { readonly text: string }
  | { readonly cite: string }
  | { readonly citationNeeded: true };

export interface Paragraph {
  readonly runs: readonly Run[];
}

/** A paragraph's text runs joined, citations left out: the text that search offsets count in. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => ('text' in run ? run.text : '')).join('');
}

export interface Section {
  /** Deterministic, readable and unique within its article; derived from the heading. */
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
}

/** A parsed article: the documented JSON shape shared by the app, the CLI and imports. */
export interface Article {
  /** The source file name without its extension. */
  readonly id: string;
  readonly title: string;
  readonly lang: 'th';
  /** Paragraphs before the first heading. */
  readonly lead: readonly Paragraph[];
  readonly sections: readonly Section[];
  /** False when the References heading has no list under it (the case for text exports). */
  readonly hasReferenceList: boolean;
}

/** What the library lists without sending whole articles. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly sectionCount: number;
}

export type Language = 'th' | 'en';
export const languages: readonly Language[] = ['th', 'en'];

/** User settings persisted by the main process. */
export interface Settings {
  readonly language: Language;
}

/** The section id under which search and links address an article's lead. */
export const leadSectionId = 'lead';

export interface SearchOptions {
  /** How many hits to answer at most (1..100, default 20); `total` still counts them all. */
  readonly limit?: number;
}

/** Text around the first match, so the UI never re-scans the section. */
export interface Excerpt {
  readonly pre: string;
  readonly match: string;
  readonly post: string;
}

/**
 * One match in a section's text. `paragraph` indexes the section's paragraphs
 * (the lead's for section "lead"), or is null for the heading; `start`/`end`
 * are UTF-16 offsets into that paragraph's text runs joined (citations left out).
 */
export interface TextMatch {
  readonly paragraph: number | null;
  readonly start: number;
  readonly end: number;
}

export interface SearchHit {
  readonly articleId: string;
  readonly articleTitle: string;
  /** "lead" for the lead. */
  readonly sectionId: string;
  /** The section heading; the article title for the lead. */
  readonly heading: string;
  readonly score: number;
  readonly excerpt: Excerpt;
  /** Every match in the section, in document order, for highlighting. */
  readonly matches: readonly TextMatch[];
}

export interface SearchResults {
  /** Best first, at most `limit`. */
  readonly hits: readonly SearchHit[];
  /** How many sections matched in all. */
  readonly total: number;
}

/** Everything the renderer may ask of the main process. */
export interface ReaderApi {
  listArticles(): Promise<readonly ArticleSummary[]>;
  getArticle(id: string): Promise<Article>;
  /** Full-text search over every section; any text is a valid query (an empty one finds nothing). */
  search(query: string, options: SearchOptions): Promise<SearchResults>;
  getSettings(): Promise<Settings>;
  /** Applies the given fields and answers the settings now in force. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
}

export type ReaderApiMethod = keyof ReaderApi;

// A record, not an array, so that adding a method to ReaderApi without listing it fails to compile.
const methodSet: { readonly [K in ReaderApiMethod]: true } = {
  listArticles: true,
  getArticle: true,
  search: true,
  getSettings: true,
  updateSettings: true,
};

/** Every method of the contract, in a stable order. */
export const readerApiMethods = Object.keys(methodSet) as readonly ReaderApiMethod[];

export function isReaderApiMethod(name: unknown): name is ReaderApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodSet, name);
}

/** The IPC channel of a method (`domain:verb`). */
export function channelOf(method: ReaderApiMethod): string {
  return `reader:${method}`;
}

export type ApiErrorCode = 'bad-request' | 'not-found' | 'unknown-method' | 'internal';

/** How every transport carries an answer, so that errors cross intact. */
export type ApiResult<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ApiErrorCode; readonly message: string } };

/** An error with a code the renderer can act on; its message is safe to show. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Turns a transported answer back into a value, or throws the error it carries. */
export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** The name under which the preload exposes the bridge on `window`. */
export const bridgeName = 'aksorn';

/** What the preload exposes: one named method per contract entry, each answering an envelope. */
export type ReaderBridge = {
  readonly [K in ReaderApiMethod]: (
    ...args: Parameters<ReaderApi[K]>
  ) => Promise<ApiResult<Awaited<ReturnType<ReaderApi[K]>>>>;
};
