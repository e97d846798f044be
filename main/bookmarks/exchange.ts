/** Bookmarks out and in: a lossless JSON export with a format version, and Markdown to read. */
import { arrayOf, checkArgs, isoDate, literal, record, type ArgCheck } from '../args.js';
import { ApiError, type Bookmark, type ResolvedBookmark } from '../contract.js';
import { checkBookmark } from './check.js';

const exportFormat = 'aksorn-bookmarks';
const exportVersion = 1;
export const maxImportedBookmarks = 10_000;

interface BookmarkExport {
  readonly format: typeof exportFormat;
  readonly version: typeof exportVersion;
  readonly exportedAt: string;
  readonly bookmarks: readonly Bookmark[];
}

/** Every stored field of every bookmark, so that an import gives back exactly what was exported. */
export function toJson(bookmarks: readonly Bookmark[], now: Date): string {
  const file: BookmarkExport = { format: exportFormat, version: exportVersion, exportedAt: now.toISOString(), bookmarks };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Grouped by article, then section, in reading order: each bookmark with its quote and note. */
export function toMarkdown(bookmarks: readonly ResolvedBookmark[]): string {
  const lines: string[] = ['# Aksorn bookmarks', ''];
  let article: string | null | undefined;
  let section: string | null | undefined;
  for (const bookmark of bookmarks) {
    const articleTitle = bookmark.articleTitle ?? bookmark.anchor.articleId;
    if (articleTitle !== article) {
      lines.push(`## ${articleTitle}`, '');
      article = articleTitle;
      section = undefined;
    }
    const heading = bookmark.sectionHeading ?? 'Missing / ไม่พบ';
    if (heading !== section) {
      lines.push(`### ${heading}`, '');
      section = heading;
    }
    lines.push(`- **${escape(bookmark.label)}**${bookmark.status === 'missing' ? ' (missing / ไม่พบ)' : ''} — ${bookmark.createdAt.slice(0, 10)}`);
    if (bookmark.anchor.quote) lines.push(`  > ${escape(bookmark.anchor.quote.text)}`);
    if (bookmark.note !== '') lines.push(...bookmark.note.split('\n').map((line) => `  ${escape(line)}`));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}

const checkExport: ArgCheck<BookmarkExport> = record<BookmarkExport>({
  format: literal(exportFormat),
  version: literal(exportVersion),
  exportedAt: isoDate,
  bookmarks: arrayOf(checkBookmark, maxImportedBookmarks),
});

/** Reads an export; anything wrong anywhere refuses the whole file with a message that says where. */
export function parseExport(json: string): readonly Bookmark[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ApiError('bad-request', 'the file is not JSON: choose a bookmarks export (.json) made by Aksorn');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== exportFormat) {
    throw new ApiError('bad-request', 'the file is not an Aksorn bookmarks export');
  }
  const [file] = checkArgs<[BookmarkExport]>([value], [['file', checkExport]]);
  return file.bookmarks;
}
