import { describe, expect, it } from 'vitest';
import type { Section } from '../../../../../common/article';
import {
  filterNeedle,
  filterOutline,
  listedEntryFor,
  maxFilterLength,
  type FilteredEntry,
  type OutlineFilter,
} from '../../../../../renderer/features/toc/filter';
import { outlineParents, sectionOutline } from '../../../../../renderer/features/toc/outline';

const section = (id: string, heading: string, level: 2 | 3 | 4): Section => ({ id, heading, level, paragraphs: [] });

const sections = [
  section('history', 'ประวัติศาสตร์', 2),
  section('ancient', 'สมัยโบราณ', 3),
  section('ayutthaya', 'อาณาจักรอยุธยา', 4),
  section('modern', 'สมัยใหม่', 3),
  section('geography', 'ภูมิศาสตร์', 2),
  section('climate', 'ภูมิอากาศ', 3),
  section('economy', 'เศรษฐกิจ', 2),
];
const outline = sectionOutline(sections);

/** The listed tree as nested ids, a context entry (no match in it) in brackets: `['(a)', ['b']]`. */
type Shape = (string | Shape)[];
function shape(entries: readonly FilteredEntry[]): Shape {
  return entries.flatMap((entry) => {
    const id = entry.matched ? entry.section.id : `(${entry.section.id})`;
    return entry.children.length ? [id, shape(entry.children)] : [id];
  });
}

/** The marked text of every match, by section id. */
function marked(filter: OutlineFilter): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (entries: readonly FilteredEntry[]) => {
    for (const entry of entries) {
      if (entry.matched) out[entry.section.id] = entry.marks.map((m) => entry.section.heading.slice(m.start, m.end));
      visit(entry.children);
    }
  };
  visit(filter.entries);
  return out;
}

function filtered(headings: readonly string[], query: string): OutlineFilter {
  const filter = filterOutline(sectionOutline(headings.map((h, i) => section(`h${i}`, h, 2))), query);
  if (!filter) throw new Error(`"${query}" filters nothing`);
  return filter;
}

describe('filterOutline', () => {
  it('filters nothing for an empty or blank query', () => {
    expect(filterOutline(outline, '')).toBeNull();
    expect(filterOutline(outline, '   \t')).toBeNull();
    expect(filterOutline(outline, '\u200b')).toBeNull();
  });

  it('lists the headings holding a Thai substring, each with the sections it lies in as context', () => {
    const filter = filterOutline(outline, 'สมัย')!;
    expect(shape(filter.entries)).toEqual(['(history)', ['ancient', 'modern']]);
    expect(filter.matchCount).toBe(2);
    expect(filter.firstMatch).toBe('ancient');
    expect([...filter.listed].sort()).toEqual(['ancient', 'history', 'modern']);
  });

  it('lists a deep match under every section above it, and leaves out what is under a match', () => {
    expect(shape(filterOutline(outline, 'อยุธยา')!.entries)).toEqual(['(history)', ['(ancient)', ['ayutthaya']]]);
    // "ศาสตร์" is in two sections' headings; their subsections do not hold it.
    expect(shape(filterOutline(outline, 'ศาสตร์')!.entries)).toEqual(['history', 'geography']);
  });

  it('counts a match and the matches inside it, first match in document order', () => {
    const filter = filterOutline(outline, 'ภูมิ')!;
    expect(shape(filter.entries)).toEqual(['geography', ['climate']]);
    expect(filter.matchCount).toBe(2);
    expect(filter.firstMatch).toBe('geography');
  });

  it('says when no heading holds the text', () => {
    const filter = filterOutline(outline, 'ไม่มีหัวข้อนี้')!;
    expect(filter.entries).toEqual([]);
    expect(filter.matchCount).toBe(0);
    expect(filter.firstMatch).toBeNull();
    expect(filter.listed.size).toBe(0);
  });

  it('marks every place the text is in a heading', () => {
    expect(marked(filterOutline(outline, 'สมัย')!)).toEqual({ ancient: ['สมัย'], modern: ['สมัย'] });
    expect(marked(filtered(['ab ab ab'], 'AB'))).toEqual({ h0: ['ab', 'ab', 'ab'] });
  });

  it('ignores case and Latin accents, and marks the text as written', () => {
    const filter = filtered(['Café Society', 'CAFE', 'Tokyo'], 'cafe');
    expect(filter.matchCount).toBe(2);
    expect(marked(filter)).toEqual({ h0: ['Café'], h1: ['CAFE'] });
    expect(marked(filtered(['Naïve art'], 'NAÏVE'))).toEqual({ h0: ['Naïve'] });
  });

  it('matches Thai digits and ASCII digits alike', () => {
    expect(marked(filtered(['พ.ศ. ๒๕๖๗', 'ค.ศ. 2024'], '2567'))).toEqual({ h0: ['๒๕๖๗'] });
    expect(marked(filtered(['ค.ศ. 2024'], '๒๐๒๔'))).toEqual({ h0: ['2024'] });
  });

  it('takes sara am typed as nikhahit + sara aa for sara am, both ways', () => {
    expect(marked(filtered(['การทำนา'], 'ท\u0e4d\u0e32'))).toEqual({ h0: ['ทำ'] });
    expect(marked(filtered(['การท\u0e4d\u0e32นา'], 'ทำ'))).toEqual({ h0: ['ท\u0e4d\u0e32'] });
    // Half of sara am typed alone still finds it, and marks the whole character.
    expect(marked(filtered(['น้ำ'], 'น้\u0e4d'))).toEqual({ h0: ['น้ำ'] });
  });

  it('sees through invisible characters and runs of spaces, and compares NFC with NFD', () => {
    expect(marked(filtered(['ประ\u200bวัติ'], 'ประวัติ'))).toEqual({ h0: ['ประ\u200bวัติ'] });
    expect(marked(filtered(['New   York'], 'new york'))).toEqual({ h0: ['New   York'] });
    expect(marked(filtered(['Cafe\u0301'], 'café'))).toEqual({ h0: ['Cafe\u0301'] });
    // An accent after the match goes with it; the spaces after it do not.
    expect(marked(filtered(['Cafe\u0301 Society'], 'cafe'))).toEqual({ h0: ['Cafe\u0301'] });
    expect(marked(filtered(['New   York'], 'new'))).toEqual({ h0: ['New'] });
    expect(filtered(['a', 'b'], '  a  ').matchCount).toBe(1);
  });

  it('does not read a query beyond maxFilterLength characters', () => {
    const heading = 'ก'.repeat(maxFilterLength);
    expect(filtered([heading], heading + 'ข').matchCount).toBe(1);
    expect(filterNeedle('x'.repeat(maxFilterLength * 10))).toHaveLength(maxFilterLength);
  });
});

describe('listedEntryFor', () => {
  const parents = outlineParents(outline);

  it('stands a section in for itself when listed, else for the innermost listed section around it', () => {
    const filter = filterOutline(outline, 'อยุธยา')!;
    expect(listedEntryFor(parents, filter.listed, 'ayutthaya')).toBe('ayutthaya');
    const other = filterOutline(outline, 'สมัยใหม่')!;
    expect(listedEntryFor(parents, other.listed, 'ayutthaya')).toBe('history');
    expect(listedEntryFor(parents, other.listed, 'economy')).toBeNull();
  });
});
