/** The plain baseline: every section's folded text in memory, every term required via includes(), the first k in library order. */
import { holdsEvery, needlesOf, readFoldedLibrary } from '../folded.js';
import type { LibraryEngine } from './types.js';

export const scanEngine: LibraryEngine = {
  libraryOrder: true,
  open({ dbFile }) {
    const { rowids, texts } = readFoldedLibrary(dbFile);
    return {
      search(query, k) {
        const needles = needlesOf(query);
        const found: number[] = [];
        if (needles.length === 0) return found;
        for (let i = 0; i < texts.length && found.length < k; i++) {
          if (holdsEvery(texts[i] as string, needles)) found.push(rowids[i] as number);
        }
        return found;
      },
    };
  },
};
