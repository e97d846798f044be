/** The library search's targets (issue 11), and how a figure fares against them. */

export interface LibraryTargets {
  /** p95 of queries whose longest term has 3+ characters, ms. */
  readonly p95LongMs: number;
  /** p95 of 2-character queries, ms. */
  readonly p95TwoMs: number;
  readonly openMs: number;
  /** RSS while searching, MB (10^6 bytes). */
  readonly rssMB: number;
  /** The search index on disk against the plain text. */
  readonly indexToText: number;
  /** Adding one article, ms. */
  readonly addMs: number;
}

export function libraryTargets(size: number): LibraryTargets {
  return { p95LongMs: size <= 10_000 ? 10 : 50, p95TwoMs: 200, openMs: 1000, rssMB: 500, indexToText: 4, addMs: 1000 };
}

/** ✓ or ✗ after a figure; nothing when the figure is missing. */
export function mark(value: number | undefined, limit: number): string {
  if (value === undefined || Number.isNaN(value)) return '';
  return value <= limit ? ' ✓' : ' ✗';
}
