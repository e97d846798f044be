/** What the library bench needs of an engine, so that all are timed the same way. */

/** The files an engine may open: the library, and indexes the bench made from it. */
export interface EngineFiles {
  /** The library database (read-only). */
  readonly dbFile: string;
  /** The FTS5 engine's folded copy with its trigram index. */
  readonly copyFile: string;
  /** FlexSearch's exported index. */
  readonly flexFile: string;
}

export interface OpenedEngine {
  /**
   * The first `k` sections the query finds, best first: section rowids for the
   * engines that answer them (so that their lists can be compared), else keys.
   */
  search(query: string, k: number): readonly (number | string)[];
}

export interface LibraryEngine {
  /** True when it answers the first k sections in library order, as the scan does: its lists are compared with the scan's. */
  readonly libraryOrder: boolean;
  open(files: EngineFiles): OpenedEngine | Promise<OpenedEngine>;
}
