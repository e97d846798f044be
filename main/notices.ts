/**
 * The notices main has for the reader (common/notices.ts): raised at start-up
 * or while the app runs (the store file changed under it), listed by
 * `getNotices` until the reader dismisses them, and announced as they come.
 */
import type { Notice, PostedNotice } from '../common/notices.js';

export interface NoticeBoard {
  /** The notices not dismissed, oldest first. */
  list(): readonly PostedNotice[];
  post(notice: Notice): void;
  dismiss(id: number): void;
  /** Calls `listener` after each new notice; answers a function that stops. */
  onPost(listener: (posted: PostedNotice) => void): () => void;
}

export function createNoticeBoard(): NoticeBoard {
  let posted: PostedNotice[] = [];
  let nextId = 0;
  const listeners = new Set<(posted: PostedNotice) => void>();
  return {
    list: () => posted,
    post(notice) {
      const entry = { id: nextId++, notice };
      posted = [...posted, entry];
      for (const listener of listeners) listener(entry);
    },
    dismiss(id) {
      posted = posted.filter((entry) => entry.id !== id);
    },
    onPost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
