import { describe, expect, it } from 'vitest';
import { maxSlugLength, slugify, uniqueSectionIds } from '../../../main/library/slug.js';

describe('slugify', () => {
  it('keeps letters, marks and digits of any script', () => {
    expect(slugify('สงครามโลกครั้งที่ ๒ — Part 2')).toBe('สงครามโลกครั้งที่-๒-part-2');
  });

  it('cuts long slugs without splitting a letter from its marks', () => {
    const slug = slugify(`${'ก'.repeat(maxSlugLength - 1)}กี้`);
    expect([...slug].length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toBe('ก'.repeat(maxSlugLength - 1));
  });

  it('does not end a cut slug in a dash', () => {
    expect(slugify(`${'a'.repeat(maxSlugLength - 1)} b`)).toBe('a'.repeat(maxSlugLength - 1));
  });
});

describe('uniqueSectionIds', () => {
  it('depends only on the headings', () => {
    const headings = ['X', 'x', 'Lead', ''];
    expect(uniqueSectionIds(headings)).toEqual(['x', 'x-2', 'lead-2', 'section']);
    expect(uniqueSectionIds(headings)).toEqual(uniqueSectionIds([...headings]));
  });
});
