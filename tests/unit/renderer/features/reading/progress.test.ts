import { describe, expect, it } from 'vitest';
import { lineAt, progressAt } from '../../../../../renderer/features/reading/progress';

describe('reading progress', () => {
  const region = { top: 1000, bottom: 1600 };

  it('measures how far a line is into a section, clamped to 0..1', () => {
    expect(progressAt(region, 1000)).toBe(0);
    expect(progressAt(region, 1150)).toBe(0.25);
    expect(progressAt(region, 400)).toBe(0);
    expect(progressAt(region, 9000)).toBe(1);
    expect(progressAt({ top: 5, bottom: 5 }, 9)).toBe(0);
  });

  it('finds the line again from the progress', () => {
    for (const y of [1000, 1123, 1599]) expect(Math.abs(lineAt(region, progressAt(region, y)) - y)).toBeLessThanOrEqual(1);
    expect(lineAt(region, 7)).toBe(1600);
    expect(lineAt(region, Number.NaN)).toBe(1000);
  });
});
