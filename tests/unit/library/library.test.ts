import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../common/envelope.js';
import type { LibraryChange } from '../../../common/events.js';
import { createLibrary } from '../../../main/library/library.js';
import { sampleArticle } from '../fixtures.js';

const imported = { ...sampleArticle, id: 'imported', title: 'บทความนำเข้า' };

describe('createLibrary', () => {
  const library = createLibrary([sampleArticle]);

  it('lists summaries without the article bodies', async () => {
    expect(await library.list()).toEqual([{ id: 'sample', title: 'บทความตัวอย่าง', lang: 'th', sectionCount: 2, source: 'bundled', size: 0, addedAt: '1970-01-01T00:00:00.000Z' }]);
  });

  it('answers an article by id', async () => {
    expect(await library.get('sample')).toBe(sampleArticle);
  });

  it('answers an unknown id with a not-found ApiError', async () => {
    await expect(library.get('nope')).rejects.toThrow(new ApiError('not-found', 'no article with id "nope"'));
  });
});

describe('a library that changes while the app runs', () => {
  it('adds and removes articles, tells its listeners, and keeps the order', async () => {
    const library = createLibrary([sampleArticle]);
    const changes: LibraryChange[] = [];
    const stop = library.onChange((change) => changes.push(change));
    await library.add(imported);
    expect((await library.list()).map((a) => a.id)).toEqual(['sample', 'imported']);
    expect(await library.position('imported')).toBe(1);
    await library.remove('imported');
    expect(await library.find('imported')).toBeUndefined();
    expect(await library.position('imported')).toBeUndefined();
    expect(changes).toEqual([
      { added: ['imported'], removed: [], more: false },
      { added: [], removed: ['imported'], more: false },
    ]);
    stop();
    await library.add(imported);
    expect(changes).toHaveLength(2);
  });

  it('refuses to remove a bundled article or one it does not have', async () => {
    const library = createLibrary([sampleArticle]);
    await expect(library.remove('sample')).rejects.toThrow(/names an article that comes with Aksorn and cannot be removed/);
    await expect(library.remove('nope')).rejects.toThrow(new ApiError('not-found', 'no article with id "nope"'));
    expect(await library.list()).toHaveLength(1);
  });
});
