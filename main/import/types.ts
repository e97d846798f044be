/**
 * What every importer answers: a stream of items read from one input. An
 * importer only reads and parses; the library decides what is new, what is
 * an update and what is refused, and writes.
 */
import type { Article } from '../../common/article.js';

/** One page read from the input, in the article model; its id comes from its title (main/library/title.ts). */
export interface ImportedArticle {
  readonly kind: 'article';
  readonly article: Article;
}

/** A redirect page: `from` is another title of the article titled `to`. */
export interface ImportedRedirect {
  readonly kind: 'redirect';
  readonly from: string;
  readonly to: string;
}

/** A page the importer could not turn into an article; the import goes on with the next. */
export interface SkippedPage {
  readonly kind: 'skipped';
  /** The page's title, when the input gave one. */
  readonly title: string | null;
  /** One line in English, for the summary and the CLI. */
  readonly reason: string;
}

export type ImportItem = ImportedArticle | ImportedRedirect | SkippedPage;

/** The formats Aksorn imports; the article's `source` in the library. */
export type ImportFormat = 'text' | 'html' | 'dump';

/** Where an importer is: for progress (bytes of the input file read, compressed bytes for a .bz2). */
export interface ReadProgress {
  readonly bytesRead: number;
}

/** One input: its file name (for messages and format detection) and its bytes as a stream. */
export interface ImportInput {
  readonly name: string;
  readonly stream: AsyncIterable<Uint8Array>;
  /** The input's size in bytes, when known (progress and ETA). */
  readonly size?: number;
}

/** An input file that cannot be imported at all (not a page, too large, unreadable): its message is one line. */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
