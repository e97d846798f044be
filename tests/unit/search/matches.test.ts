import { describe, expect, it } from 'vitest';
import { foldText } from '../../../common/fold.js';
import { excerptAround, findInText } from '../../../main/search/matches.js';
import { parseQuery } from '../../../main/search/query.js';

describe('findInText', () => {
  it('answers original offsets of every occurrence, adjacent ones kept apart', () => {
    const text = 'การการ ประชุม';
    expect(findInText(foldText(text), parseQuery('การ'))).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });

  it('maps a folded match back over punctuation and case', () => {
    const text = 'ถอนทหาร 20,000 นาย; CAFÉ';
    const ranges = findInText(foldText(text), parseQuery('20,000 cafe'));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['20,000', 'CAFÉ']);
  });

  it('merges overlapping matches of different terms', () => {
    expect(findInText(foldText('abcdef'), parseQuery('abcd cde'))).toEqual([[0, 5]]);
  });

  it('extends an English stem match to the end of its word', () => {
    const text = 'joint operations began';
    const ranges = findInText(foldText(text), parseQuery('operation'));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['operations']);
  });
});

describe('excerptAround', () => {
  it('keeps short text whole', () => {
    expect(excerptAround('ก ข ค', 2, 3)).toEqual({ pre: 'ก ', match: 'ข', post: ' ค' });
  });

  it('cuts long text at spaces and marks the cuts', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w30');
    const excerpt = excerptAround(words, start, start + 3);
    expect(excerpt.match).toBe('w30');
    expect(excerpt.pre.startsWith('…')).toBe(true);
    expect(excerpt.post.endsWith('…')).toBe(true);
    expect(excerpt.pre.slice(1).startsWith('w')).toBe(true);
    expect(excerpt.post.slice(0, -1).endsWith(' ')).toBe(false);
  });
});
