import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Paragraph, Run } from '../../../common/article.js';
import { decodeArticle, encodeArticle, textSize } from '../../../main/library/body.js';
import { sampleArticle } from '../fixtures.js';

/** Text with the characters that could confuse a cut by lengths: line breaks, surrogate pairs, Thai marks. */
const text = fc.string({ unit: fc.constantFrom('a', 'ก', '่', '\n', '😀', ' ', 'ي'), maxLength: 12 });
const run: fc.Arbitrary<Run> = fc.oneof(
  text.map((t) => ({ text: t })),
  fc.record({ text, link: fc.string({ maxLength: 8 }) }),
  fc.string({ minLength: 1, maxLength: 3 }).map((cite) => ({ cite })),
  fc.constant({ citationNeeded: true as const }),
);
const paragraph: fc.Arbitrary<Paragraph> = fc.oneof(
  fc.array(run, { maxLength: 5 }).map((runs) => ({ runs })),
  fc.record({ runs: fc.array(run, { maxLength: 5 }), item: fc.record({ ordered: fc.boolean(), depth: fc.integer({ min: 1, max: 6 }) }) }),
);
const article: fc.Arbitrary<Article> = fc.record({
  id: fc.constant('a'),
  title: fc.string({ minLength: 1, maxLength: 10 }),
  lang: fc.constantFrom('th', 'en'),
  lead: fc.array(paragraph, { maxLength: 4 }),
  sections: fc.array(
    fc.record({ id: fc.uuid(), heading: text, level: fc.constantFrom(2 as const, 3 as const, 4 as const), paragraphs: fc.array(paragraph, { maxLength: 4 }) }),
    { maxLength: 5 },
  ),
  hasReferenceList: fc.boolean(),
});

/** What the database keeps, and the article read back from it. */
const roundTrip = (original: Article) => {
  const { body, sections } = encodeArticle(original);
  return decodeArticle({ id: original.id, title: original.title, body }, sections);
};

describe('an article as the library stores it', () => {
  it('reads back exactly as it was written', () => {
    expect(roundTrip(sampleArticle)).toEqual(sampleArticle);
    fc.assert(
      fc.property(article, (original) => {
        expect(roundTrip(original)).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps each character of text once: in the sections, not in the compressed structure', () => {
    const long = 'ข้อความยาวมาก '.repeat(2000);
    const big: Article = { ...sampleArticle, lead: [{ runs: [{ text: long }, { cite: '1' }] }] };
    const { body, sections } = encodeArticle(big);
    expect(sections[0]?.text).toBe(long);
    expect(body.byteLength).toBeLessThan(200);
    expect(textSize(sections)).toBe(Buffer.byteLength(long) + 132 - 27);
  });

  it('refuses a body whose structure does not fit its sections', () => {
    const { body, sections } = encodeArticle(sampleArticle);
    expect(() => decodeArticle({ id: 'sample', title: 'x', body }, sections.slice(1))).toThrow(/parts but/);
  });
});
