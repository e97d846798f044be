/** Makes the FTS5 engine's folded copy of a library, under a temporary name renamed when whole. */
import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { indexFoldedCopy, prepareCopy, writeFoldedCopy } from './foldedCopy.js';

export interface CopyBuildFigures {
  readonly copyMs: number;
  readonly indexMs: number;
}

export function buildCopy(dbFile: string, copyFile: string): CopyBuildFigures {
  const partial = `${copyFile}.partial`;
  rmSync(partial, { force: true });
  const library = new DatabaseSync(dbFile, { readOnly: true });
  const db = new DatabaseSync(partial);
  let figures: CopyBuildFigures;
  try {
    prepareCopy(db);
    let started = performance.now();
    writeFoldedCopy(library, db);
    const copyMs = performance.now() - started;
    started = performance.now();
    indexFoldedCopy(db);
    figures = { copyMs, indexMs: performance.now() - started };
  } finally {
    db.close();
    library.close();
  }
  renameSync(partial, copyFile);
  return figures;
}
