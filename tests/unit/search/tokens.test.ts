import { describe, expect, it } from 'vitest';
import { fold } from '../../../common/fold.js';
import { gramTokens, queryGrams, stem, wordTokens } from '../../../main/search/tokens.js';

describe('wordTokens', () => {
  it('segments Thai written without spaces into dictionary words', () => {
    expect(wordTokens(fold('กระทรวงการต่างประเทศ'))).toEqual(['กระทรวง', 'การ', 'ต่าง', 'ประเทศ']);
  });

  it('stems English words and keeps numbers', () => {
    expect(wordTokens(fold('Running operations 2007'))).toEqual(['run', 'oper', '2007']);
  });
});

describe('stem', () => {
  it('leaves Thai words alone', () => {
    expect(stem('ประเทศ')).toBe('ประเทศ');
  });
});

describe('gramTokens', () => {
  it('gives a gram at every position of each run, shorter at the run end', () => {
    expect(gramTokens('ลาฟรอฟ ab')).toEqual(['ลาฟ', 'าฟร', 'ฟรอ', 'รอฟ', 'อฟ', 'ฟ', 'ab', 'b']);
  });

  it('never lets a gram cross a separator', () => {
    expect(gramTokens('ab cd').every((gram) => !gram.includes(' '))).toBe(true);
  });
});

describe('queryGrams', () => {
  it('needs every whole gram of a long run', () => {
    expect(queryGrams('ลาฟรอ')).toEqual({ grams: ['ลาฟ', 'าฟร', 'ฟรอ'], prefix: false });
  });

  it('looks up a short run as a gram prefix', () => {
    expect(queryGrams('ลา')).toEqual({ grams: ['ลา'], prefix: true });
    expect(queryGrams('ลาฟ')).toEqual({ grams: ['ลาฟ'], prefix: false });
  });
});
