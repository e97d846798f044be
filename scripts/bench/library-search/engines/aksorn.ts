/** Aksorn as the search worker runs it: createSearchEngine on its own read-only connection to the library. */
import { DatabaseSync } from 'node:sqlite';
import { createSearchEngine } from '../../../../main/search/searchEngine.js';
import { windowSize as defaultWindowSize } from '../../../../main/search/library/sectionSearch.js';
import { sectionKey } from '../../sections.js';
import type { LibraryEngine } from './types.js';

export function aksornEngine(windowSize = defaultWindowSize): LibraryEngine {
  return {
    libraryOrder: false,
    open({ dbFile }) {
      // As main/search/worker.ts opens it.
      const db = new DatabaseSync(dbFile, { readOnly: true, timeout: 5000 });
      const engine = createSearchEngine(db, { windowSize });
      return {
        search: (query, k) => engine.search(query, { limit: k }).hits.map((hit) => sectionKey(hit.articleId, hit.sectionId)),
      };
    },
  };
}
