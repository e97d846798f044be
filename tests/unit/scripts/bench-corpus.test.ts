import { describe, expect, it } from 'vitest';
import { leadSectionId } from '../../../common/article.js';
import { corpusShape, generateLibrary } from '../../../scripts/bench/corpus.js';
import { mulberry32 } from '../../../scripts/bench/random.js';
import { syntheticWords } from '../../../scripts/bench/thai.js';

const library = generateLibrary(300, 1);

function inRange(n: number, [min, max]: readonly [number, number]): boolean {
  return n >= min && n <= max;
}

describe('generateLibrary', { timeout: 30_000 }, () => {
  it('gives the same library for the same seed, another for another seed', () => {
    expect(generateLibrary(20, 7)).toEqual(generateLibrary(20, 7));
    expect(generateLibrary(20, 8)).not.toEqual(generateLibrary(20, 7));
    // A smaller library is the start of a larger one with the same seed.
    expect(library.slice(0, 20)).toEqual(generateLibrary(20, 1));
  });

  it('gives every article a unique id and title', () => {
    expect(library).toHaveLength(300);
    expect(new Set(library.map((a) => a.id)).size).toBe(300);
    expect(new Set(library.map((a) => a.title)).size).toBe(300);
  });

  it('keeps section and paragraph counts in range, with unique section ids', () => {
    for (const article of library) {
      expect(inRange(article.lead.length, corpusShape.leadParagraphs)).toBe(true);
      expect(inRange(article.sections.length, corpusShape.sections)).toBe(true);
      for (const section of article.sections) {
        expect(inRange(section.paragraphs.length, corpusShape.paragraphsPerSection)).toBe(true);
        expect(section.heading).not.toBe('');
      }
      const ids = article.sections.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(leadSectionId);
    }
  });

  it('writes paragraphs as space-separated phrases with numbers and citations', () => {
    const runs = library.flatMap((a) => [...a.lead, ...a.sections.flatMap((s) => s.paragraphs)]).flatMap((p) => p.runs);
    const texts = runs.flatMap((r) => ('text' in r ? [r.text] : []));
    expect(texts.every((t) => t.trim() !== '' && !/ {2}/.test(t))).toBe(true);
    expect(texts.some((t) => /\b\d{1,3},\d{3}\b/.test(t))).toBe(true);
    expect(texts.some((t) => /\b(1[89]\d\d|20[0-2]\d)\b/.test(t))).toBe(true);
    expect(runs.some((r) => 'cite' in r && /^[1-9]\d*$/.test(r.cite))).toBe(true);
  });
});

describe('syntheticWords', () => {
  const words = syntheticWords(mulberry32(3), 5_000);

  it('are distinct Thai letters and marks that never start with a mark', () => {
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) {
      expect(word).toMatch(/^[\u0E01-\u0E4E]+$/);
      expect(word).not.toMatch(/^\p{M}/u);
      // No two tone marks, and no mark on a mark other than a tone mark on a vowel sign.
      expect(word).not.toMatch(/[\u0E48-\u0E4B][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
    }
  });
});
