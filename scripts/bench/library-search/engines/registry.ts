/**
 * The engines the library bench compares, by name: `aksorn` (the default
 * ranking window) or `aksorn:N` (a window of N), `scan`, `flexsearch`, `fts5`.
 * Each is imported only in the child that measures it.
 */
import type { LibraryEngine } from './types.js';

export type EngineKind = 'aksorn' | 'scan' | 'flexsearch' | 'fts5';
export const engineKinds: readonly EngineKind[] = ['aksorn', 'scan', 'flexsearch', 'fts5'];
export const defaultEngines = 'aksorn,aksorn:200,aksorn:500,scan,flexsearch,fts5';

/** One line each on what is measured, for the report. */
export const engineSummaries: Readonly<Record<EngineKind, string>> = {
  aksorn: 'createSearchEngine on its own read-only connection, as the search worker: titles, then sections from section_grams/section_pairs, verified, ranked a window at a time',
  scan: "no index: every section's folded text in memory, every term via includes(), first k in library order; open = read + fold",
  flexsearch: "FlexSearch 0.8 Index over the folded sections, encode = 3-grams of each run (a run under 3 characters stays whole); open = import of its export",
  fts5: "a folded copy of the sections + external-content FTS5 trigram index (detail=none); each term LIKE '%t%' (under 3 characters FTS5 scans); first k by rowid",
};

export interface EngineSpec {
  /** As given on the command line, and as the report names it. */
  readonly name: string;
  readonly kind: EngineKind;
  /** Aksorn's ranking window; undefined for its default. */
  readonly windowSize?: number;
}

export function parseEngineSpec(text: string): EngineSpec {
  const name = text.trim();
  const [kind, windowText, ...rest] = name.split(':');
  if (!engineKinds.includes(kind as EngineKind) || rest.length > 0) {
    throw new Error(`unknown engine "${name}" (known: ${engineKinds.join(', ')}; aksorn:N for a ranking window of N)`);
  }
  if (windowText === undefined) return { name, kind: kind as EngineKind };
  if (kind !== 'aksorn' || !/^[1-9]\d*$/.test(windowText)) throw new Error(`"${name}": only aksorn takes a window, a positive integer (aksorn:1000)`);
  return { name, kind: 'aksorn', windowSize: Number(windowText) };
}

export async function loadLibraryEngine(spec: EngineSpec): Promise<LibraryEngine> {
  switch (spec.kind) {
    case 'aksorn':
      return (await import('./aksorn.js')).aksornEngine(spec.windowSize);
    case 'scan':
      return (await import('./scan.js')).scanEngine;
    case 'flexsearch':
      return (await import('./flexsearch.js')).flexsearchEngine;
    case 'fts5':
      return (await import('./fts5.js')).fts5Engine;
  }
}
