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

export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'sepia', 'dark'];

/** The bundled Thai font families: a sans (Sarabun) and a serif (Noto Serif Thai). */
export type FontFamily = 'sarabun' | 'noto-serif-thai';
export const fontFamilies: readonly FontFamily[] = ['sarabun', 'noto-serif-thai'];

/** The ranges the reader may choose typography in; main refuses anything outside. */
export const typographyLimits = {
  fontSize: { min: 14, max: 28 },
  lineHeight: { min: 1.4, max: 2.4 },
  pageWidth: { min: 24, max: 60 },
} as const;

/** User settings persisted by the main process. */
export interface Settings {
  readonly language: Language;
  /** "system" follows the operating system's light or dark preference, live. */
  readonly theme: ThemeChoice;
  /** Body text size in CSS pixels. */
  readonly fontSize: number;
  /** Line height as a multiple of the font size (Thai marks stack: it needs more than Latin). */
  readonly lineHeight: number;
  /** Page width (measure) in em. */
  readonly pageWidth: number;
  readonly fontFamily: FontFamily;
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

/** A passage's text as it was bookmarked, with some text on either side to find it again. */
export interface Quote {
  readonly text: string;
  readonly prefix: string;
  readonly suffix: string;
}

export type BookmarkKind = 'section' | 'paragraph' | 'passage';

/** Where a bookmark points: a location and the text there, never a label. */
export interface BookmarkAnchor {
  readonly articleId: string;
  /** "lead" for the lead. */
  readonly sectionId: string;
  /** The paragraph's index in its section; null for a section bookmark. */
  readonly paragraph: number | null;
  /** The passage, for passage bookmarks; null otherwise. */
  readonly quote: Quote | null;
  /** The opening text of what is bookmarked (the paragraph, or the section's first one), to find it after edits. */
  readonly context: string;
}

export interface Bookmark {
  readonly id: string;
  readonly kind: BookmarkKind;
  readonly anchor: BookmarkAnchor;
  /** The reader's name for it; "" shows the section heading instead. */
  readonly name: string;
  readonly note: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** ok: found where it was; moved: found elsewhere by its text; missing: not found (kept, never dropped). */
export type AnchorStatus = 'ok' | 'moved' | 'missing';

/** Where a bookmark points in the article as it is now. */
export interface BookmarkTarget {
  readonly sectionId: string;
  readonly paragraph: number | null;
  /** The passage's UTF-16 range in the paragraph's text (paragraphText), for passages. */
  readonly start: number | null;
  readonly end: number | null;
}

/** A bookmark as shown: its stored fields plus what is derived when listing. */
export interface ResolvedBookmark extends Bookmark {
  readonly status: AnchorStatus;
  /** Null when missing. */
  readonly target: BookmarkTarget | null;
  /** The name, or the heading of the section it points to (the article title for the lead). */
  readonly label: string;
  readonly articleTitle: string | null;
  readonly sectionHeading: string | null;
}

/** What the renderer sends to add a bookmark; main derives the quote and context from its own copy. */
export interface NewBookmark {
  readonly articleId: string;
  readonly sectionId: string;
  /** A paragraph (or passage) bookmark names its paragraph; a section bookmark null. */
  readonly paragraph: number | null;
  /** A passage: its UTF-16 range in the paragraph's text (paragraphText). */
  readonly range: { readonly start: number; readonly end: number } | null;
  readonly name: string;
  readonly note: string;
}

export type BookmarkExportFormat = 'json' | 'markdown';

export interface ImportSummary {
  readonly added: number;
  /** Already present (same id, or same place, name and note). */
  readonly skipped: number;
}

/** Where the reader was: the section in view and how far into it (0..1). */
export interface ReadingPosition {
  readonly articleId: string;
  readonly sectionId: string;
  readonly progress: number;
}

/** The settings before the reader changes any: the store starts from them, the renderer shows them until the stored ones arrive. */
export const defaultSettings: Settings = {
  language: 'th',
  theme: 'system',
  fontSize: 19,
  lineHeight: 1.9,
  pageWidth: 40,
  fontFamily: 'sarabun',
};

/** Everything the renderer may ask of the main process. */
export interface ReaderApi {
  listArticles(): Promise<readonly ArticleSummary[]>;
  getArticle(id: string): Promise<Article>;
  /** Full-text search over every section; any text is a valid query (an empty one finds nothing). */
  search(query: string, options: SearchOptions): Promise<SearchResults>;
  getSettings(): Promise<Settings>;
  /** Applies the given fields and answers the settings now in force. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Every bookmark, by article and then document order, each re-anchored to the article as it is now. */
  listBookmarks(): Promise<readonly ResolvedBookmark[]>;
  addBookmark(bookmark: NewBookmark): Promise<ResolvedBookmark>;
  updateBookmark(id: string, patch: { readonly name?: string; readonly note?: string }): Promise<ResolvedBookmark>;
  /** Answers the deleted bookmark, which `restoreBookmark` takes back (undo). */
  deleteBookmark(id: string): Promise<Bookmark>;
  restoreBookmark(bookmark: Bookmark): Promise<ResolvedBookmark>;
  exportBookmarks(format: BookmarkExportFormat): Promise<string>;
  /** Takes a JSON export; merges without duplicates, or refuses the whole file and changes nothing. */
  importBookmarks(json: string): Promise<ImportSummary>;
  getReadingPosition(): Promise<ReadingPosition | null>;
  setReadingPosition(position: ReadingPosition): Promise<void>;
  /** Messages for the reader from start-up, such as a data file that had to be moved aside. */
  getNotices(): Promise<readonly string[]>;
}

export type ReaderApiMethod = keyof ReaderApi;

// A record, not an array, so that adding a method to ReaderApi without listing it fails to compile.
const methodSet: { readonly [K in ReaderApiMethod]: true } = {
  listArticles: true,
  getArticle: true,
  search: true,
  getSettings: true,
  updateSettings: true,
  listBookmarks: true,
  addBookmark: true,
  updateBookmark: true,
  deleteBookmark: true,
  restoreBookmark: true,
  exportBookmarks: true,
  importBookmarks: true,
  getReadingPosition: true,
  setReadingPosition: true,
  getNotices: true,
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
