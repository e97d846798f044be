import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../../common/article';
import { collapseAbove, collapsedAround, initiallyCollapsed, shownEntryFor } from '../../../../../renderer/features/toc/collapse';
import { outlineParents, sectionOutline } from '../../../../../renderer/features/toc/outline';

const section = (id: string, level: 2 | 3 | 4): Section => ({ id, heading: id, level, paragraphs: [] });

/** `count` sections: h2s, each followed by an h3 with an h4 under it, cut at `count`. */
function article(count: number): Section[] {
  const levels = [2, 3, 4] as const;
  return Array.from({ length: count }, (_, index) => section(`s${index}`, levels[index % 3]!));
}

describe('initiallyCollapsed', () => {
  it('collapses nothing in an article of up to collapseAbove entries', () => {
    const sections = article(collapseAbove);
    expect([...initiallyCollapsed(sectionOutline(sections), sections.length)]).toEqual([]);
  });

  it('collapses every section with subsections, at every depth, in a longer article', () => {
    const sections = article(collapseAbove + 1);
    const collapsed = initiallyCollapsed(sectionOutline(sections), sections.length);
    // Each h2 (s0, s3, …) holds an h3 (s1, s4, …) that holds an h4; the last h2, s30, has no subsection.
    const expected = sections.flatMap((s, i) => (i % 3 !== 2 && i + 1 < sections.length ? [s.id] : []));
    expect([...collapsed].sort()).toEqual(expected.sort());
    expect(collapsed.has('s2')).toBe(false);
  });

  it('has nothing to collapse in a long article without subsections', () => {
    const flat = Array.from({ length: 100 }, (_, i) => section(`f${i}`, 2));
    expect(initiallyCollapsed(sectionOutline(flat), flat.length).size).toBe(0);
  });
});

describe('collapsedAround and shownEntryFor', () => {
  const parents = outlineParents(
    sectionOutline([section('a', 2), section('a1', 3), section('a1x', 4), section('a2', 3), section('b', 2)]),
  );

  it('lists the collapsed sections to open for a subsection to show, outermost first', () => {
    expect(collapsedAround(parents, new Set(['a', 'a1']), 'a1x')).toEqual(['a', 'a1']);
    expect(collapsedAround(parents, new Set(['a1']), 'a1x')).toEqual(['a1']);
    expect(collapsedAround(parents, new Set(['a', 'a1']), 'a')).toEqual([]);
    expect(collapsedAround(parents, new Set(['a1']), 'a2')).toEqual([]);
  });

  it('stands a hidden section in for its outermost collapsed section, a shown one for itself', () => {
    expect(shownEntryFor(parents, new Set(['a', 'a1']), 'a1x')).toBe('a');
    expect(shownEntryFor(parents, new Set(['a1']), 'a1x')).toBe('a1');
    expect(shownEntryFor(parents, new Set(), 'a1x')).toBe('a1x');
    expect(shownEntryFor(parents, new Set(['a']), 'a')).toBe('a');
    expect(shownEntryFor(parents, new Set(['a']), 'b')).toBe('b');
  });
});
