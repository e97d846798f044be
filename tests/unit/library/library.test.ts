import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../main/contract.js';
import { createLibrary } from '../../../main/library/library.js';
import { sampleArticle } from '../fixtures.js';

describe('createLibrary', () => {
  const library = createLibrary([sampleArticle]);

  it('lists summaries without the article bodies', () => {
    expect(library.list()).toEqual([{ id: 'sample', title: 'บทความตัวอย่าง', lang: 'th', sectionCount: 2 }]);
  });

  it('answers an article by id', () => {
    expect(library.get('sample')).toBe(sampleArticle);
  });

  it('answers an unknown id with a not-found ApiError', () => {
    expect(() => library.get('nope')).toThrow(new ApiError('not-found', 'no article with id "nope"'));
  });
});
