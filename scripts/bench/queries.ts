/**
 * The query mix: a fixed, deterministic set of queries drawn from a library's own
 * text, each remembering the section it came from so that recall can be measured.
 */
import type { Article } from '../../common/article.js';
import { mulberry32, pick, randomInt, type Random } from './random.js';
import { benchSections, type BenchSection } from './sections.js';
import { segmentWords } from './vocabulary.js';

export type QueryKind = 'common-word' | 'rare-word' | 'prefix' | 'infix' | 'multi-word' | 'number';

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
  /** The key (sectionKey) of the section the query was drawn from. */
  readonly target: string;
}

/** The share of each kind in the mix. */
export const queryKindShares: Readonly<Record<QueryKind, number>> = {
  'common-word': 0.15,
  'rare-word': 0.15,
  prefix: 0.2,
  infix: 0.2,
  'multi-word': 0.2,
  number: 0.1,
};

export const defaultQueryCount = 200;
export const defaultQuerySeed = 20240601;
/** Sections sampled to tell common words from rare ones; segmenting all of 10,000 articles would take minutes. */
const frequencySample = 500;

const wordLike = /^[\p{L}][\p{L}\p{M}]+$/u;
const mark = /^\p{M}$/u;
const letterOrMark = /^[\p{L}\p{M}]+$/u;
const numberPattern = /\d{1,3}(?:,\d{3})+|\d+/g;

interface Drawn {
  readonly section: BenchSection;
  readonly words: readonly string[];
}

type Drawer = (random: Random, drawn: Drawn, df: ReadonlyMap<string, number>) => string | undefined;

function byFrequency(drawn: Drawn, df: ReadonlyMap<string, number>): string[] {
  return [...new Set(drawn.words)].sort((a, b) => (df.get(b) ?? 0) - (df.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A cut must not leave a tone or vowel mark behind: the end, extended over marks. */
export function extendOverMarks(text: string, end: number): number {
  while (end < text.length && mark.test(text[end] as string)) end++;
  return end;
}

const drawers: Readonly<Record<QueryKind, Drawer>> = {
  'common-word': (random, drawn, df) => {
    const words = byFrequency(drawn, df);
    return words.length === 0 ? undefined : pick(random, words.slice(0, 3));
  },
  'rare-word': (random, drawn, df) => {
    const words = byFrequency(drawn, df);
    return words.length === 0 ? undefined : pick(random, words.slice(-3));
  },
  prefix: (random, drawn) => {
    const long = drawn.words.filter((w) => w.length >= 4);
    if (long.length === 0) return undefined;
    const word = pick(random, long);
    const end = extendOverMarks(word, randomInt(random, 2, 4));
    return end < word.length ? word.slice(0, end) : undefined;
  },
  infix: (random, drawn) => {
    const texts = drawn.section.paragraphs.filter((p) => p.length > 8);
    if (texts.length === 0) return undefined;
    const text = pick(random, texts);
    for (let tries = 0; tries < 20; tries++) {
      const start = randomInt(random, 1, text.length - 7);
      const end = extendOverMarks(text, start + randomInt(random, 3, 6));
      const infix = text.slice(start, end);
      if (!mark.test(infix[0] as string) && letterOrMark.test(infix) && infix.length <= 8) return infix;
    }
    return undefined;
  },
  'multi-word': (random, drawn) => {
    const distinct = [...new Set(drawn.words)];
    const n = randomInt(random, 2, 3);
    if (distinct.length < n) return undefined;
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(pick(random, distinct));
    return [...chosen].join(' ');
  },
  number: (random, drawn) => {
    const numbers = drawn.section.paragraphs.flatMap((p) => p.match(numberPattern) ?? []);
    return numbers.length === 0 ? undefined : pick(random, numbers);
  },
};

function drawSection(section: BenchSection): Drawn {
  return { section, words: section.paragraphs.flatMap(segmentWords).filter((w) => wordLike.test(w)) };
}

/** In how many sampled sections each word occurs. */
function documentFrequency(random: Random, sections: readonly BenchSection[]): Map<string, number> {
  const sample = sections.length <= frequencySample ? sections : Array.from({ length: frequencySample }, () => pick(random, sections));
  const df = new Map<string, number>();
  for (const section of sample) {
    for (const word of new Set(drawSection(section).words)) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return df;
}

/** The kinds of a mix of `count` queries, in a shuffled but fixed order. */
function kindSchedule(random: Random, count: number): QueryKind[] {
  const kinds: QueryKind[] = [];
  for (const [kind, share] of Object.entries(queryKindShares) as [QueryKind, number][]) {
    for (let i = 0; i < Math.round(count * share); i++) kinds.push(kind);
  }
  while (kinds.length < count) kinds.push('infix');
  kinds.length = count;
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] as QueryKind, kinds[i] as QueryKind];
  }
  return kinds;
}

/** `count` queries drawn from the library's sections with text; the same input gives the same mix. */
export function queryMix(articles: readonly Article[], count = defaultQueryCount, seed = defaultQuerySeed): BenchQuery[] {
  return queryMixOfSections(benchSections(articles), count, seed);
}

/** The mix drawn from given sections (a library database's, say); the same input gives the same mix. */
export function queryMixOfSections(all: readonly BenchSection[], count = defaultQueryCount, seed = defaultQuerySeed): BenchQuery[] {
  const random = mulberry32(seed);
  const sections = all.filter((s) => s.paragraphs.some((p) => p.trim() !== ''));
  if (sections.length === 0) throw new Error('the library has no section with text to draw queries from');
  const df = documentFrequency(random, sections);
  const queries: BenchQuery[] = [];
  for (const kind of kindSchedule(random, count)) {
    // Some sections cannot give some kinds (no number, no long word): try others.
    for (let tries = 0; tries < 100; tries++) {
      const drawn = drawSection(pick(random, sections));
      const text = drawers[kind](random, drawn, df);
      if (text !== undefined) {
        queries.push({ kind, text, target: drawn.section.key });
        break;
      }
    }
  }
  return queries;
}
