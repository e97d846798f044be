/**
 * The word list a generated library draws from, most frequent first: the bundled
 * articles' own words, then synthetic Thai words for the long tail.
 */
import type { Article } from '../../common/article.js';
import type { Random } from './random.js';
import { benchSections } from './sections.js';
import { syntheticWords } from './thai.js';

/** How many synthetic words follow the real ones; enough that 10,000 articles still have rare terms. */
export const syntheticWordCount = 50_000;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
// Letters and marks only, not starting with a mark: numbers are added separately, and
// "ค.ศ"-like pieces would glue oddly into phrases.
const plainWord = /^[\p{L}][\p{L}\p{M}]*$/u;

/** The word-like segments of a text (Intl.Segmenter's dictionary segmentation for Thai). */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

/** The distinct plain words of the articles, most frequent first (ties in first-seen order). */
export function articleWords(articles: readonly Article[]): string[] {
  const counts = new Map<string, number>();
  for (const section of benchSections(articles)) {
    for (const text of [section.heading, ...section.paragraphs]) {
      for (const word of segmentWords(text)) {
        if (plainWord.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  // Array.prototype.sort is stable, so equal counts keep first-seen order.
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** Real words by frequency, then `syntheticWordCount` synthetic ones. */
export function buildVocabulary(random: Random, seedArticles: readonly Article[]): string[] {
  const real = articleWords(seedArticles);
  return [...real, ...syntheticWords(random, syntheticWordCount, new Set(real))];
}
