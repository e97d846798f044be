/**
 * Any piece of a section a reader might type finds that section: random substrings
 * of 2–12 characters of headings and paragraphs, cut at grapheme-cluster boundaries
 * (a Thai mark is never split from its base letter), searched with limit 100.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../common/fold.js';
import { idsOf, sectionTexts, seedSearch, type SectionText } from './corpus.js';

const sections = sectionTexts();
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Offsets where a cut leaves every grapheme cluster whole, text end included. */
function clusterBoundaries(text: string): number[] {
  return [...Array.from(graphemes.segment(text), (segment) => segment.index), text.length];
}

interface Sample {
  readonly section: SectionText;
  /** null for the heading. */
  readonly paragraph: number | null;
  readonly text: string;
  /** [from, to) in `text`. */
  readonly from: number;
  readonly to: number;
  readonly substring: string;
}

/**
 * The range from `start` of about `length` UTF-16 units, widened to whole clusters:
 * the start moves back to its cluster's base letter, the end forward past its marks.
 */
function cut(text: string, start: number, length: number): { readonly from: number; readonly to: number } {
  const boundaries = clusterBoundaries(text);
  const from = boundaries.filter((boundary) => boundary <= start).at(-1) ?? 0;
  const to = boundaries.find((boundary) => boundary >= Math.min(text.length, from + length)) ?? text.length;
  return { from, to };
}

// Texts of every section (heading first), so that each text is equally likely to be drawn.
const texts = sections.flatMap((section) => [
  { section, paragraph: null, text: section.heading },
  ...section.paragraphs.map((text, i) => ({ section, paragraph: i, text })),
]).filter(({ text }) => text.length > 0);

const sampleArbitrary: fc.Arbitrary<Sample> = fc
  .record({ which: fc.nat({ max: texts.length - 1 }), at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), length: fc.integer({ min: 2, max: 12 }) })
  .map(({ which, at, length }) => {
    const { section, paragraph, text } = texts[which] as (typeof texts)[number];
    const start = Math.floor(at * Math.max(1, text.length - 1));
    const { from, to } = cut(text, start, length);
    return { section, paragraph, text, from, to, substring: text.slice(from, to) };
  })
  // A piece of only spaces and punctuation is nothing a reader searches for.
  .filter(({ substring }) => fold(substring) !== '');

const settings = { seed: 42, numRuns: 500 } as const;

function found(sample: Sample): { readonly anywhere: boolean; readonly first: boolean } {
  const hits = idsOf(seedSearch.search(sample.substring, { limit: 100 }).hits);
  return { anywhere: hits.includes(sample.section.sectionId), first: hits[0] === sample.section.sectionId };
}

function show(sample: Sample): string {
  const where = sample.paragraph === null ? 'heading' : `paragraph ${sample.paragraph}`;
  return `${JSON.stringify(sample.substring)} from ${sample.section.sectionId} (${where})`;
}

describe('searching a substring of a section finds that section', () => {
  it('covers every sampled substring (coverage and hit@1 printed)', () => {
    const samples = fc.sample(sampleArbitrary, settings);
    const outcomes = samples.map((sample) => ({ sample, ...found(sample) }));
    const coverage = outcomes.filter((outcome) => outcome.anywhere).length / outcomes.length;
    const hitAt1 = outcomes.filter((outcome) => outcome.first).length / outcomes.length;
    console.log(
      `substrings ${outcomes.length} (seed ${settings.seed}): coverage ${(coverage * 100).toFixed(1)}%, hit@1 ${(hitAt1 * 100).toFixed(1)}%`,
    );
    const missed = outcomes.filter((outcome) => !outcome.anywhere).map((outcome) => show(outcome.sample));
    expect(missed, `not found:\n${missed.join('\n')}`).toEqual([]);
  });

  it('holds as a property (shrinks a failure to a small case)', () => {
    fc.assert(
      fc.property(sampleArbitrary, (sample) => {
        if (!found(sample).anywhere) throw new Error(`not found: ${show(sample)}`);
      }),
      settings,
    );
  });

  it('never cuts a Thai mark from its base letter', () => {
    const startsWithMark = /^\p{M}/u;
    for (const sample of fc.sample(sampleArbitrary, settings)) {
      expect(startsWithMark.test(sample.substring), `${show(sample)} starts with a mark`).toBe(false);
      expect(startsWithMark.test(sample.text.slice(sample.to)), `${show(sample)} ends before a mark`).toBe(false);
    }
  });
});
