import { describe, expect, it } from 'vitest';
import { maxQueryChars, maxQueryTerms, parseQuery } from '../../../main/search/query.js';

describe('parseQuery', () => {
  it('splits on whitespace into folded terms, dropping duplicates and empty ones', () => {
    expect(parseQuery('  ความมั่นคง  เดลี ความมั่นคง ^ ').map((term) => term.text)).toEqual(['ความมั่นคง', 'เดลี']);
  });

  it('keeps separators inside a term as single spaces', () => {
    expect(parseQuery('20,000')).toEqual([{ text: '20 000', needle: '20 000', stemmed: false, words: ['20', '000'] }]);
  });

  it('looks for the stem an English word shares with its forms', () => {
    expect(parseQuery('Operations')).toEqual([{ text: 'operations', needle: 'oper', stemmed: true, words: ['oper'] }]);
    expect(parseQuery('run')[0]).toMatchObject({ needle: 'run', stemmed: false });
  });

  it('reads no further than the length and term limits', () => {
    expect(parseQuery('ก'.repeat(10_000))[0]?.text).toHaveLength(maxQueryChars);
    const many = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(many)).toHaveLength(maxQueryTerms);
  });

  it('answers no terms for input without letters or digits', () => {
    expect(parseQuery('+-*~^: 😀 \t\n')).toEqual([]);
  });
});
