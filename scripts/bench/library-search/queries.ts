/**
 * The library bench's query mix, drawn from a library's own text: the one-article
 * bench's kinds (queries.ts), plus 2-character queries and parts of article
 * titles and redirect titles. Pure: the sample it draws from is read elsewhere
 * (sample.ts), so the same sample and seed always give the same mix.
 */
import { parseQuery } from '../../../main/search/query.js';
import { extendOverMarks, queryMixOfSections, type QueryKind } from '../queries.js';
import { mulberry32, pick, randomInt, type Random } from '../random.js';
import type { BenchSection } from '../sections.js';

export type LibraryQueryKind = QueryKind | 'two-characters' | 'title' | 'redirect';

/** What the figures are grouped by: terms of 3+ characters, of 2 at most, and titles. */
export type QueryGroup = 'long' | 'two' | 'title';
export const queryGroups: readonly QueryGroup[] = ['long', 'two', 'title'];

export interface LibraryQuery {
  readonly kind: LibraryQueryKind;
  readonly text: string;
  readonly group: QueryGroup;
}

/** What queries are drawn from: sections, titles and redirect titles picked from the library. */
export interface QuerySource {
  readonly sections: readonly BenchSection[];
  readonly titles: readonly string[];
  readonly redirects: readonly string[];
}

export interface LibraryMix {
  readonly queries: readonly LibraryQuery[];
  /** Queries to warm up on, drawn with another seed: the timed ones find nothing prepared for them. */
  readonly warmup: readonly LibraryQuery[];
}

const mark = /^\p{M}$/u;
const wordChars = /^[\p{L}\p{M}\p{N}]+$/u;
const partLength = [3, 8] as const;

/** The longest of a query's folded terms, in characters (0 for a query of separators only). */
export function longestTerm(text: string): number {
  return Math.max(0, ...parseQuery(text).map((term) => Array.from(term.needle).length));
}

/**
 * The group of a query, or undefined for one whose terms are single characters:
 * library search answers those from titles only (sectionSearch.ts), so they are
 * left out of the mix.
 */
export function queryGroup(kind: LibraryQueryKind, text: string): QueryGroup | undefined {
  const longest = longestTerm(text);
  if (longest < 2) return undefined;
  if (kind === 'title' || kind === 'redirect') return 'title';
  return longest >= 3 ? 'long' : 'two';
}

/** Two adjacent characters of a paragraph, as someone starts typing a word: no separator, no leading mark. */
function twoCharacters(random: Random, section: BenchSection): string | undefined {
  const texts = section.paragraphs.filter((p) => p.length > 2);
  if (texts.length === 0) return undefined;
  const text = pick(random, texts);
  for (let tries = 0; tries < 20; tries++) {
    const at = randomInt(random, 0, text.length - 2);
    const pair = text.slice(at, at + 2);
    if (wordChars.test(pair) && !mark.test(pair[0] as string) && longestTerm(pair) === 2) return pair;
  }
  return undefined;
}

/** A title as typed: whole, its start, or a piece of its middle (3–8 characters, not cut inside a cluster). */
export function titlePart(random: Random, title: string): string | undefined {
  const way = randomInt(random, 0, 2);
  if (way === 0 || title.length <= partLength[0]) return title;
  const length = randomInt(random, partLength[0], partLength[1]);
  let start = way === 1 ? 0 : randomInt(random, 1, Math.max(1, title.length - length));
  while (start > 0 && mark.test(title[start] as string)) start--;
  const part = title.slice(start, extendOverMarks(title, start + length)).trim();
  return part === '' ? undefined : part;
}

function drawn(kind: LibraryQueryKind, text: string | undefined): LibraryQuery | undefined {
  if (text === undefined) return undefined;
  const group = queryGroup(kind, text);
  return group === undefined ? undefined : { kind, text, group };
}

/** `count` queries of one kind, each from a draw that may fail (it is tried again, a bounded number of times). */
function drawMany(count: number, draw: () => LibraryQuery | undefined): LibraryQuery[] {
  const queries: LibraryQuery[] = [];
  for (let tries = 0; queries.length < count && tries < count * 100; tries++) {
    const query = draw();
    if (query !== undefined) queries.push(query);
  }
  return queries;
}

/**
 * `count` queries of the one-article bench's kinds, plus a quarter as many of
 * 2 characters and a quarter as many titles (half of them redirect titles).
 */
export function libraryQueries(source: QuerySource, count: number, seed: number): LibraryQuery[] {
  const random = mulberry32(seed);
  // A few more than asked: the single-character ones (a day of the month, "5") are dropped.
  const mixed = queryMixOfSections(source.sections, Math.ceil(count * 1.1) + 5, seed)
    .flatMap((query) => drawn(query.kind, query.text) ?? [])
    .slice(0, count);
  const quarter = Math.round(count / 4);
  const sections = source.sections.filter((s) => s.paragraphs.length > 0);
  const two = sections.length === 0 ? [] : drawMany(quarter, () => drawn('two-characters', twoCharacters(random, pick(random, sections))));
  const titleCount = Math.ceil(quarter / 2);
  const titles = source.titles.length === 0 ? [] : drawMany(titleCount, () => drawn('title', titlePart(random, pick(random, source.titles))));
  const redirects =
    source.redirects.length === 0 ? [] : drawMany(quarter - titleCount, () => drawn('redirect', titlePart(random, pick(random, source.redirects))));
  // Shuffled, so that no kind runs in a streak over pages another kind just read.
  const all = [...mixed, ...two, ...titles, ...redirects];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] as LibraryQuery, all[i] as LibraryQuery];
  }
  return all;
}

/** The timed queries and the warm-up ones. */
export function libraryMix(source: QuerySource, count: number, seed: number): LibraryMix {
  return { queries: libraryQueries(source, count, seed), warmup: libraryQueries(source, 20, seed + 1) };
}
