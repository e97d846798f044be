/** The sizes the API accepts: the contract's schemas and main's stores read them from here. */
export const limits = {
  /** Article, section and bookmark ids. */
  id: 200,
  /** Search reads only the start of a long query; this bounds what crosses the transport. */
  query: 10_000,
  /** Hits one search answers at most. */
  searchHits: 100,
  /** Articles one findArticles call answers (quick open). */
  foundArticles: 100,
  /** How deep "more results" pages. */
  searchOffset: 10_000,
  /** A bookmarks export, as text. */
  importText: 20 * 1024 * 1024,
  /** A wiki title (MediaWiki allows 255 bytes). */
  title: 255,
  /** Titles one resolveTitles call takes: the links of a long article. */
  titlesPerCall: 5_000,
  /** Articles one listArticles call answers. */
  articlesPerPage: 1_000,
  /** Files one import takes. */
  filesPerImport: 100,
  bookmarkName: 200,
  bookmarkNote: 10_000,
  /** A passage's quoted text. */
  quotedText: 10_000,
  /** The text main keeps around a quote and a paragraph's opening, to find them again (it writes 32 and 80). */
  anchorText: 200,
  bookmarks: 10_000,
  /** Paragraphs in a section. */
  paragraph: 1_000_000,
  /** UTF-16 offsets in a paragraph. */
  offset: 10_000_000,
} as const;
