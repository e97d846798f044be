/** Where the reader was in each article, kept in the persistent store so each opens where it was left. */
import type { ReadingPosition } from '../../common/reading.js';
import type { StoredPosition } from './schema.js';
import type { StateStore } from './state.js';

export interface ReadingPositionStore {
  get(articleId: string): ReadingPosition | null;
  /** The position in the article read last. */
  last(): ReadingPosition | null;
  set(position: ReadingPosition): void;
}

export function createReadingPositionStore(store: StateStore, now: () => Date = () => new Date()): ReadingPositionStore {
  const all = () => store.get('readingPositions');
  const shown = (articleId: string, { sectionId, progress }: StoredPosition): ReadingPosition => ({ articleId, sectionId, progress });
  return {
    get(articleId) {
      const positions = all();
      const stored = Object.hasOwn(positions, articleId) ? positions[articleId] : undefined;
      return stored ? shown(articleId, stored) : null;
    },
    last() {
      let latest: [string, StoredPosition] | undefined;
      for (const entry of Object.entries(all())) {
        // Ties go to the later entry: set() moves the article it writes to the end.
        if (!latest || entry[1].readAt >= latest[1].readAt) latest = entry;
      }
      return latest ? shown(...latest) : null;
    },
    set({ articleId, sectionId, progress }) {
      const { [articleId]: _, ...others } = all();
      store.set('readingPositions', { ...others, [articleId]: { sectionId, progress, readAt: now().toISOString() } });
    },
  };
}
