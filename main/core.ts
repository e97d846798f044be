/**
 * The composition root of the main-process core, shared by the Electron
 * shell and browser mode: the bundled articles and their search index, the
 * settings store and the library database → the API table.
 */
import type { ReaderApi } from '../common/api.js';
import type { EventSubscription } from '../common/events.js';
import { createApiTable } from './api.js';
import { BookmarkRows } from './bookmarks/bookmarkRows.js';
import { createBookmarks } from './bookmarks/bookmarks.js';
import { readerEvents } from './events.js';
import { createNoticeBoard, type NoticeBoard } from './notices.js';
import { readBuiltData } from './built.js';
import { createCatalogService } from './library/catalog/catalogService.js';
import { createLibrary, placeBundled, type Library } from './library/library.js';
import { createReadingPositionStore } from './reading/readingPositions.js';
import { createSearchService } from './search/searchService.js';
import type { StoreClass } from './store/open.js';
import { createSettingsStore } from './store/settings.js';
import type { StateStore } from './store/state.js';
import { createImportJobs } from './import/jobs.js';
import type { WorkerSpec } from './workerSpec.js';
import { createUploads, type Uploads } from './import/uploads.js';
import { libraryFileIn, openUserData } from './userData.js';
import type { DatabaseSync } from 'node:sqlite';

export interface CoreOptions {
  /** The folder with the built data (out/data). */
  readonly dataDir: string;
  /** Where the user's state is kept. */
  readonly userDataDir: string;
  /** conf in Node, electron-store in Electron. */
  readonly Store: StoreClass;
  /** What this process is, named in the user-data folder's lock ("browser mode"). */
  readonly program: string;
  /** The import worker, when it is not run from source (the Electron app's built file). */
  readonly importWorker?: WorkerSpec;
  /** The search worker, likewise. */
  readonly searchWorker?: WorkerSpec;
  /** The catalog worker (the home view's orders), likewise. */
  readonly catalogWorker?: WorkerSpec;
}

export interface Core {
  readonly api: ReaderApi;
  /** The articles; it changes while the app runs, and says so through `onChange`. */
  readonly library: Library;
  /** The events the renderer follows (common/events.ts), for the transports to carry. */
  readonly onEvent: EventSubscription;
  /** Files staged for import: the transports put them here, `startImport` names them. */
  readonly uploads: Uploads;
  /** Stops any import and gives up the user-data folder (also done when the process exits). */
  close(): void;
}

/** Builds the core; a start-up that cannot go on throws a StartupError (main/store/startupError.ts). */
export function createCore({ dataDir, userDataDir, Store, program, importWorker, searchWorker, catalogWorker }: CoreOptions): Core {
  const { articles } = readBuiltData(dataDir);
  const notices = createNoticeBoard();
  const { store, db, close } = openUserData({ Store, dir: userDataDir, notices, program });
  try {
    placeBundled(db, articles, new Date());
  } catch (error) {
    close();
    throw error;
  }
  return assembleCore({ store, db, notices, userDataDir, importWorker, searchWorker, catalogWorker, close });
}

export interface CoreParts {
  /** An opened settings store and library database, whose notices go to `notices`. */
  readonly store: StateStore;
  readonly db: DatabaseSync;
  readonly notices: NoticeBoard;
  /** The folder `db` and `store` live in: imports stage their uploads there. */
  readonly userDataDir: string;
  readonly importWorker?: WorkerSpec;
  readonly searchWorker?: WorkerSpec;
  readonly catalogWorker?: WorkerSpec;
  /** Closes what the parts hold (the store, the database, the folder lock). */
  readonly close: () => void;
  /** The clock and the bookmark ids; tests fix them. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** The wiring of the core over its parts: one place, which the tests' cores reuse. */
export function assembleCore({ store, db, notices, userDataDir, importWorker, searchWorker, catalogWorker, close, now, newId }: CoreParts): Core {
  const library = createLibrary({ db, now });
  const uploads = createUploads(userDataDir);
  const imports = createImportJobs({ dbFile: libraryFileIn(userDataDir), library, uploads, worker: importWorker, now });
  const search = createSearchService({ dbFile: libraryFileIn(userDataDir), worker: searchWorker });
  const catalog = createCatalogService({ dbFile: libraryFileIn(userDataDir), library, worker: catalogWorker });
  const api = createApiTable({
    library,
    catalog,
    search,
    settings: createSettingsStore(store),
    bookmarks: createBookmarks({ rows: new BookmarkRows(db), library, now, newId }),
    readingPosition: createReadingPositionStore(db, now),
    notices,
    imports,
  });
  return {
    api,
    library,
    uploads,
    onEvent: readerEvents(library, notices, imports),
    close() {
      void imports.close();
      void search.close();
      void catalog.close();
      close();
    },
  };
}
