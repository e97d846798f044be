import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestFirstRanges } from '../../../../../renderer/features/library/pages';

/** The library offsets the ranges cover, each range read backwards (newest first), in call order. */
function covered(ranges: readonly { offset: number; limit: number }[]): number[] {
  return ranges.flatMap(({ offset, limit }) => Array.from({ length: limit }, (_, i) => offset + limit - 1 - i));
}

describe('newestFirstRanges', () => {
  it('answers the first page from the end of the library', () => {
    expect(newestFirstRanges(250, 0, 100, 1000)).toEqual([{ offset: 150, limit: 100 }]);
  });

  it('answers the next page just before the last', () => {
    expect(newestFirstRanges(250, 100, 100, 1000)).toEqual([{ offset: 50, limit: 100 }]);
  });

  it('stops at the oldest article', () => {
    expect(newestFirstRanges(250, 200, 100, 1000)).toEqual([{ offset: 0, limit: 50 }]);
    expect(newestFirstRanges(250, 250, 100, 1000)).toEqual([]);
    expect(newestFirstRanges(0, 0, 100, 1000)).toEqual([]);
  });

  it('splits a long stretch into calls the contract allows, newest first', () => {
    expect(newestFirstRanges(170_000, 0, 2_500, 1_000)).toEqual([
      { offset: 169_000, limit: 1_000 },
      { offset: 168_000, limit: 1_000 },
      { offset: 167_500, limit: 500 },
    ]);
  });

  it('covers exactly the asked positions, newest first, whatever the sizes', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.nat(5_000), fc.nat(3_000), fc.integer({ min: 1, max: 1_000 }), (total, skip, count, perCall) => {
        const ranges = newestFirstRanges(total, skip, count, perCall);
        const expected = Array.from({ length: Math.max(0, Math.min(count, total - skip)) }, (_, i) => total - 1 - skip - i);
        expect(covered(ranges)).toEqual(expected);
        for (const range of ranges) {
          expect(range.limit).toBeGreaterThan(0);
          expect(range.limit).toBeLessThanOrEqual(perCall);
        }
      }),
    );
  });
});
