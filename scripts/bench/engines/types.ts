/** What the bench needs of a search engine, so that all of them are measured the same way. */
import type { Article } from '../../../common/article.js';

/** A loaded engine. `search` is what the latency figures time; `keys` turns its answer into section keys. */
export interface LoadedEngine<Result = unknown> {
  search(query: string, limit: number): Result;
  /** Section keys (sectionKey) of the hits, best first. */
  keys(result: Result): readonly string[];
}

export interface BenchEngine<Index = unknown> {
  readonly name: string;
  /** Builds the index, or undefined when the engine has none (its work is all in `load`). */
  build?(articles: readonly Article[]): Index;
  serialize?(index: Index): string;
  /** Turns the serialized index (absent for an engine without one) into a searchable engine. */
  load(articles: readonly Article[], serialized: string | undefined): LoadedEngine;
}
