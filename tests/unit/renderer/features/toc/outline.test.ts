import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../../common/article';
import { sectionOutline, type OutlineEntry } from '../../../../../renderer/features/toc/outline';

const section = (id: string, level: 2 | 3 | 4): Section => ({ id, heading: id, level, paragraphs: [] });

/** The tree as nested ids: `['a', ['a1', 'a2']]` is a with two children. */
type Shape = (string | Shape)[];
function shape(entries: readonly OutlineEntry[]): Shape {
  return entries.flatMap((entry) => (entry.children.length ? [entry.section.id, shape(entry.children)] : [entry.section.id]));
}

describe('sectionOutline', () => {
  it('keeps sections of one level flat', () => {
    expect(shape(sectionOutline([section('a', 2), section('b', 2), section('c', 2)]))).toEqual(['a', 'b', 'c']);
    expect(sectionOutline([])).toEqual([]);
  });

  it('puts subsections under their section, and goes back up', () => {
    const sections = [section('a', 2), section('a1', 3), section('a1x', 4), section('a2', 3), section('b', 2), section('b1', 3)];
    expect(shape(sectionOutline(sections))).toEqual(['a', ['a1', ['a1x'], 'a2'], 'b', ['b1']]);
  });

  it('puts an h4 right after an h2 under the h2, and an h3 after it beside it', () => {
    expect(shape(sectionOutline([section('a', 2), section('x', 4), section('y', 3), section('b', 2)]))).toEqual([
      'a',
      ['x', 'y'],
      'b',
    ]);
  });

  it('keeps subsections before the first section at the top', () => {
    expect(shape(sectionOutline([section('x', 3), section('y', 4), section('a', 2), section('a1', 3)]))).toEqual([
      'x',
      ['y'],
      'a',
      ['a1'],
    ]);
  });

  it('holds each section once, the same objects, in document order', () => {
    const sections = [section('a', 3), section('b', 2), section('c', 4), section('d', 3), section('e', 4), section('f', 2)];
    const flat = (entries: readonly OutlineEntry[]): Section[] => entries.flatMap((e) => [e.section, ...flat(e.children)]);
    const outline = flat(sectionOutline(sections));
    expect(outline).toHaveLength(sections.length);
    outline.forEach((found, index) => expect(found).toBe(sections[index]));
  });
});
