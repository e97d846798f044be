/**
 * FlexSearch 0.8 with character 3-grams (the one-article bench's engine,
 * engines/flexsearch.ts) over the library's sections, folded as search folds
 * them. Built in a child of its own (buildFlexIndex), exported to a file one
 * key per line (a single JSON string of it would pass V8's longest string),
 * and imported again to search: that is its open time.
 */
import { createReadStream, openSync, closeSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { createInterface } from 'node:readline';
import { foldSection } from '../../../../main/search/library/sectionSearch.js';
import { newIndex } from '../../engines/flexsearch.js';
import { joined, needlesOf } from '../folded.js';
import type { LibraryEngine } from './types.js';

export interface FlexBuildFigures {
  readonly buildMs: number;
  readonly exportMs: number;
  readonly sizeBytes: number;
}

export function buildFlexIndex(dbFile: string, flexFile: string): FlexBuildFigures {
  const db = new DatabaseSync(dbFile, { readOnly: true });
  const index = newIndex();
  let started = performance.now();
  for (const row of db.prepare('SELECT rowid, heading, text FROM sections ORDER BY rowid').iterate() as Iterable<{ rowid: number; heading: string; text: string }>) {
    index.add(row.rowid, joined(foldSection(row)));
  }
  db.close();
  const buildMs = performance.now() - started;
  started = performance.now();
  const fd = openSync(flexFile, 'w');
  let sizeBytes = 0;
  try {
    // With a synchronous handler, export runs synchronously.
    void index.export((key, data) => {
      sizeBytes += writeSync(fd, `${JSON.stringify([key, data])}\n`);
    });
  } finally {
    closeSync(fd);
  }
  return { buildMs, exportMs: performance.now() - started, sizeBytes };
}

export const flexsearchEngine: LibraryEngine = {
  libraryOrder: false,
  async open({ flexFile }) {
    const index = newIndex();
    const lines = createInterface({ input: createReadStream(flexFile, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      const [key, data] = JSON.parse(line) as [string, string];
      index.import(key, data);
    }
    return {
      search: (query, k) => index.search(needlesOf(query).join(' '), { limit: k }).map(Number),
    };
  },
};
