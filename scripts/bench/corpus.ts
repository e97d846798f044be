/**
 * A deterministic generated library: articles shaped like Thai Wikipedia ones, with
 * words drawn by a Zipf law from a vocabulary of real and synthetic Thai words.
 */
import type { Article, Paragraph, Run, Section } from '../../common/article.js';
import { uniqueSectionIds } from '../../main/library/slug.js';
import { bundledArticles } from './bundled.js';
import { mulberry32, randomInt, zipfSampler, type Random } from './random.js';
import { syntheticNumber } from './thai.js';
import { buildVocabulary } from './vocabulary.js';

/** The shape of every generated article; the unit test checks against these. */
export const corpusShape = {
  leadParagraphs: [1, 2],
  sections: [4, 8],
  paragraphsPerSection: [1, 3],
  wordsPerParagraph: [40, 120],
  wordsPerPhrase: [3, 8],
  headingWords: [1, 4],
  titleWords: [2, 5],
} as const;

const zipfExponent = 1.0;
const numberChance = 0.05;
const citeChance = 0.08;

interface Generator {
  readonly random: Random;
  readonly word: () => string;
}

function between(random: Random, range: readonly [number, number]): number {
  return randomInt(random, range[0], range[1]);
}

// Thai runs the words of a phrase together; spaces only separate phrases.
function phrase(gen: Generator, words: number): string {
  let text = '';
  for (let i = 0; i < words; i++) text += gen.word();
  return text;
}

function paragraph(gen: Generator, nextCite: () => string): Paragraph {
  const target = between(gen.random, corpusShape.wordsPerParagraph);
  const runs: Run[] = [];
  let text = '';
  let words = 0;
  let first = true;
  while (words < target) {
    let piece: string;
    if (gen.random() < numberChance) {
      piece = syntheticNumber(gen.random);
      words += 1;
    } else {
      const n = Math.min(between(gen.random, corpusShape.wordsPerPhrase), Math.max(1, target - words));
      piece = phrase(gen, n);
      words += n;
    }
    text += first ? piece : ` ${piece}`;
    first = false;
    // A citation sits right after a phrase; the text after it starts with the space.
    if (gen.random() < citeChance) {
      runs.push({ text }, { cite: nextCite() });
      text = '';
    }
  }
  if (text !== '') runs.push({ text });
  return { runs };
}

function paragraphs(gen: Generator, range: readonly [number, number], nextCite: () => string): Paragraph[] {
  return Array.from({ length: between(gen.random, range) }, () => paragraph(gen, nextCite));
}

function uniqueTitle(gen: Generator, taken: Set<string>): string {
  let title = phrase(gen, between(gen.random, corpusShape.titleWords));
  // Growing the title by a word makes it unique in practice; the number is a backstop.
  for (let tries = 0; taken.has(title) && tries < 5; tries++) title += gen.word();
  for (let n = 2; taken.has(title); n++) title = `${title} ${n}`;
  taken.add(title);
  return title;
}

function article(gen: Generator, index: number, taken: Set<string>): Article {
  let cites = 0;
  const nextCite = (): string => {
    // Articles cite some sources more than once.
    if (cites > 0 && gen.random() < 0.2) return String(randomInt(gen.random, 1, cites));
    return String(++cites);
  };
  const title = uniqueTitle(gen, taken);
  const lead = paragraphs(gen, corpusShape.leadParagraphs, nextCite);
  const count = between(gen.random, corpusShape.sections);
  const headings = Array.from({ length: count }, () => phrase(gen, between(gen.random, corpusShape.headingWords)));
  const ids = uniqueSectionIds(headings);
  const sections: Section[] = headings.map((heading, i) => ({
    id: ids[i] as string,
    heading,
    level: 2,
    paragraphs: paragraphs(gen, corpusShape.paragraphsPerSection, nextCite),
  }));
  return {
    id: `bench-${String(index + 1).padStart(6, '0')}`,
    title,
    lang: 'th',
    lead,
    sections,
    hasReferenceList: false,
  };
}

/** `count` articles; the same count and seed always give the same library. */
export function generateLibrary(count: number, seed: number): Article[] {
  const random = mulberry32(seed);
  const vocabulary = buildVocabulary(random, bundledArticles());
  const rank = zipfSampler(random, vocabulary.length, zipfExponent);
  const gen: Generator = { random, word: () => vocabulary[rank()] as string };
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, i) => article(gen, i, taken));
}
