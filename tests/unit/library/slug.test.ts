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

describe('uniqueSectionIds at scale', () => {
  it('numbers 20,000 repeats of one heading in order, each once', () => {
    const ids = uniqueSectionIds(Array.from({ length: 20_000 }, () => 'อ้างอิง'));
    expect(ids.slice(0, 3)).toEqual(['อ้างอิง', 'อ้างอิง-2', 'อ้างอิง-3']);
    expect(ids.at(-1)).toBe('อ้างอิง-20000');
    expect(new Set(ids).size).toBe(20_000);
  });

  it('skips a suffix another heading took', () => {
    expect(uniqueSectionIds(['a', 'a-2', 'a', 'a'])).toEqual(['a', 'a-2', 'a-3', 'a-4']);
  });
});
