import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../../common/article';
import {
  ancestorsOf,
  branchIds,
  outlineParents,
  sectionOutline,
  type OutlineEntry,
} from '../../../../../renderer/features/toc/outline';

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

describe('outlineParents and ancestorsOf', () => {
  const outline = sectionOutline([section('a', 2), section('a1', 3), section('a1x', 4), section('a2', 3), section('b', 2)]);
  const parents = outlineParents(outline);

  it('maps each subsection to its section and leaves the top ones out', () => {
    expect([...parents]).toEqual([
      ['a1', 'a'],
      ['a1x', 'a1'],
      ['a2', 'a'],
    ]);
  });

  it('lists the sections a subsection lies in, outermost first', () => {
    expect(ancestorsOf(parents, 'a1x')).toEqual(['a', 'a1']);
    expect(ancestorsOf(parents, 'a2')).toEqual(['a']);
    expect(ancestorsOf(parents, 'b')).toEqual([]);
    expect(ancestorsOf(parents, 'no-such-section')).toEqual([]);
  });

  it('stops on a map that loops instead of hanging', () => {
    const looping = new Map([
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(ancestorsOf(looping, 'x').length).toBeLessThanOrEqual(3);
  });
});

describe('branchIds', () => {
  it('names the sections with subsections, at any depth, in document order', () => {
    const sections = [section('a', 2), section('a1', 3), section('a1x', 4), section('b', 2), section('c', 2), section('c1', 3)];
    expect(branchIds(sectionOutline(sections))).toEqual(['a', 'a1', 'c']);
    expect(branchIds(sectionOutline([section('a', 2), section('b', 2)]))).toEqual([]);
  });
});
