/**
 * The composition root of the main-process core, shared by the Electron
 * shell and browser mode: built library and search index + persistent store
 * → the API table.
 */
import type { ReaderApi } from '../common/api.js';
import type { Article } from '../common/article.js';
import type { EventSubscription } from '../common/events.js';
import { createApiTable } from './api.js';
import { createBookmarks } from './bookmarks/bookmarks.js';
import { readerEvents } from './events.js';
import { createNoticeBoard, type NoticeBoard } from './notices.js';
import { readBuiltData } from './built.js';
import { createLibrary, type Library } from './library/library.js';
import { createLibrarySearch } from './search/librarySearch.js';
import type { SearchIndexData } from './search/build.js';
import { createSearch } from './search/search.js';
import { openStore, type StoreClass } from './store/open.js';
import { createReadingPositionStore } from './store/readingPosition.js';
import { createSettingsStore } from './store/settings.js';
import type { StateStore } from './store/state.js';

export interface CoreOptions {
  /** The folder with the built data (out/data). */
  readonly dataDir: string;
  /** Where the user's state is kept. */
  readonly userDataDir: string;
  /** conf in Node, electron-store in Electron. */
  readonly Store: StoreClass;
  /** What this process is, named in the user-data folder's lock ("browser mode"). */
  readonly program: string;
}

export interface Core {
  readonly api: ReaderApi;
  /** The articles; it changes while the app runs, and says so through `onChange`. */
  readonly library: Library;
  /** The events the renderer follows (common/events.ts), for the transports to carry. */
  readonly onEvent: EventSubscription;
  /** Gives up the user-data folder (also done when the process exits). */
  close(): void;
}

/** Builds the core; a start-up that cannot go on throws a StartupError (main/store/startupError.ts). */
export function createCore({ dataDir, userDataDir, Store, program }: CoreOptions): Core {
  const { articles, searchIndex } = readBuiltData(dataDir);
  const notices = createNoticeBoard();
  const { store, close } = openStore({ Store, dir: userDataDir, notices, program });
  return { ...assembleCore({ articles, searchIndex, store, notices }), close };
}

export interface CoreParts {
  readonly articles: readonly Article[];
  readonly searchIndex: SearchIndexData;
  /** An opened store, whose notices go to `notices`. */
  readonly store: StateStore;
  readonly notices: NoticeBoard;
  /** The clock and the bookmark ids; tests fix them. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** The wiring of the core over its parts: one place, which the tests' cores reuse. */
export function assembleCore({ articles, searchIndex, store, notices, now, newId }: CoreParts): Omit<Core, 'close'> {
  const library = createLibrary(articles);
  const api = createApiTable({
    library,
    search: createLibrarySearch(library, createSearch(articles, searchIndex)),
    settings: createSettingsStore(store),
    bookmarks: createBookmarks({ store, library, now, newId }),
    readingPosition: createReadingPositionStore(store, now),
    notices,
  });
  return { api, library, onEvent: readerEvents(library, notices) };
}
