/** Bookmarks out and in: a lossless JSON export with a format version. */
import {
  bookmarkExportFormat,
  bookmarkExportSchema,
  bookmarkExportVersion,
  type Bookmark,
  type BookmarkExport,
} from '../../common/bookmarks.js';
import { ApiError } from '../../common/envelope.js';
import { describeRefusal } from '../../common/refusal.js';

/** Every stored field of every bookmark, so that an import gives back exactly what was exported. */
export function toJson(bookmarks: readonly Bookmark[], now: Date): string {
  const file: BookmarkExport = { format: bookmarkExportFormat, version: bookmarkExportVersion, exportedAt: now.toISOString(), bookmarks };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an export; anything wrong anywhere refuses the whole file with a message that says where. */
export function parseExport(json: string): readonly Bookmark[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ApiError('bad-request', 'the file is not JSON: choose a bookmarks export (.json) made by Aksorn', {
      reason: 'not-json',
    });
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== bookmarkExportFormat) {
    throw new ApiError('bad-request', 'the file is not an Aksorn bookmarks export', { reason: 'not-bookmark-export' });
  }
  const checked = bookmarkExportSchema.safeParse(value, { reportInput: true });
  if (!checked.success) {
    const where = describeRefusal('file', checked.error);
    throw new ApiError('bad-request', where, { reason: 'invalid-bookmark-export', where });
  }
  return checked.data.bookmarks;
}
