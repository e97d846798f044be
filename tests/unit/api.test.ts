import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeApi } from '../../main/api.js';
import { readerApiMethods } from '../../common/api.js';
import { defaultSettings } from '../../common/settings.js';
import { sampleApi, sampleArticle } from './fixtures.js';

const makeApi = () => sampleApi(mkdtempSync(join(tmpdir(), 'aksorn-api-')));

describe('the API table', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(makeApi()).sort()).toEqual([...readerApiMethods].sort());
  });
});

describe('invokeApi', () => {
  const api = makeApi();

  it('answers listArticles and getArticle', async () => {
    expect(await invokeApi(api, 'listArticles', [{ offset: 0, limit: 10 }])).toEqual({
      ok: true,
      value: { articles: [{ id: 'sample', title: 'บทความตัวอย่าง', lang: 'th', sectionCount: 2, source: 'bundled', size: 132, addedAt: '1970-01-01T00:00:00.000Z' }], total: 1 },
    });
    expect(await invokeApi(api, 'getArticle', ['sample'])).toEqual({ ok: true, value: sampleArticle });
  });

  it('answers search with hits from the article', async () => {
    const result = await invokeApi(api, 'search', ['ข้อความ', { limit: 5 }]);
    expect(result).toMatchObject({ ok: true, value: { total: 1, articles: 1, exact: true, hits: [{ articleId: 'sample', sectionId: 'ประวัติ' }] } });
    const nothing = { titles: [], hits: [], total: 0, articles: 0, exact: true, superseded: false };
    expect(await invokeApi(api, 'search', ['', {}])).toEqual({ ok: true, value: nothing });
  });

  it('answers findArticles with the articles a title names, and odd queries with what they find', async () => {
    expect(await invokeApi(api, 'findArticles', ['ตัวอย่าง', { limit: 5 }])).toEqual({ ok: true, value: [{ articleId: 'sample', title: 'บทความตัวอย่าง' }] });
    for (const odd of ['%', '_', '"\'', '\u0000', 'ก'.repeat(10_000)]) expect(await invokeApi(api, 'findArticles', [odd, {}])).toEqual({ ok: true, value: [] });
  });

  it('updates and answers settings', async () => {
    const english = { ...defaultSettings, language: 'en', theme: 'sepia', lineHeight: 2.2 };
    expect(await invokeApi(api, 'updateSettings', [{ language: 'en', theme: 'sepia', lineHeight: 2.2 }])).toEqual({ ok: true, value: english });
    expect(await invokeApi(api, 'getSettings', [])).toEqual({ ok: true, value: english });
  });

  it('refuses an unknown method, including inherited object keys', async () => {
    for (const method of ['deleteEverything', 'toString', '__proto__', 42, undefined]) {
      const result = await invokeApi(api, method, []);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it.each([
    ['getArticle', [], 'getArticle takes 1 argument (id), got 0'],
    ['getArticle', [42], 'id must be a string, got the number 42'],
    ['getArticle', [''], 'id must not be empty'],
    ['getArticle', ['x'.repeat(201)], 'id is longer than 200 characters'],
    ['getArticle', ['a', 'b'], 'getArticle takes 1 argument (id), got 2'],
    ['getSettings', ['extra'], 'getSettings takes no arguments, got 1'],
    ['updateSettings', [{ language: 'fr' }], 'settings.language must be one of "th", "en", got "fr"'],
    ['updateSettings', [{ colour: 'dark' }], 'settings has an unknown field "colour"'],
    ['updateSettings', [{ theme: 'neon' }], 'settings.theme must be one of "system", "light", "sepia", "dark", got "neon"'],
    ['updateSettings', [{ fontSize: 100 }], 'settings.fontSize must be a number from 14 to 28, got the number 100'],
    ['updateSettings', [{ fontFamily: 'comic' }], 'settings.fontFamily must be one of "sarabun", "noto-serif-thai", got "comic"'],
    ['updateSettings', ['en'], 'settings must be an object, got "en"'],
    ['getSettings', 'not-an-array', 'getSettings takes an empty list of arguments, got "not-an-array"'],
    ['search', { query: 'x' }, 'search takes a list of 2 arguments (query, options), got object'],
    ['search', ['x'], 'search takes 2 arguments (query, options), got 1'],
    ['search', [42, {}], 'query must be a string, got the number 42'],
    ['search', ['x'.repeat(10_001), {}], 'query is longer than 10000 characters'],
    ['search', ['x', { limit: 0 }], 'options.limit must be a whole number from 1 to 100, got the number 0'],
    ['search', ['x', { limit: 2.5 }], 'options.limit must be a whole number from 1 to 100, got the number 2.5'],
    ['search', ['x', { limit: '5' }], 'options.limit must be a whole number from 1 to 100, got "5"'],
    ['search', ['x', { fuzzy: true }], 'options has an unknown field "fuzzy"'],
    ['findArticles', ['x'], 'findArticles takes 2 arguments (query, options), got 1'],
    ['findArticles', [null, {}], 'query must be a string, got null'],
    ['findArticles', ['x'.repeat(10_001), {}], 'query is longer than 10000 characters'],
    ['findArticles', ['x', { limit: 101 }], 'options.limit must be a whole number from 1 to 100, got the number 101'],
    ['findArticles', ['x', { limit: 0.5 }], 'options.limit must be a whole number from 1 to 100, got the number 0.5'],
    ['findArticles', ['x', { offset: 10 }], 'options has an unknown field "offset"'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'ประวัติ', paragraph: null, range: null, name: '' }], 'bookmark lacks the field "note"'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'ประวัติ', paragraph: -1, range: null, name: '', note: '' }], 'bookmark.paragraph must be a whole number from 0 to 1000000, got the number -1'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'ประวัติ', paragraph: 0, range: { start: 0 }, name: '', note: '' }], 'bookmark.range lacks the field "end"'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'nope', paragraph: null, range: null, name: '', note: '' }], 'bookmark.sectionId "nope" names no section of the article "sample"'],
    ['addBookmark', [{ articleId: 'gone', sectionId: 'lead', paragraph: null, range: null, name: '', note: '' }], 'bookmark.articleId "gone" names no article in the library', 'not-found'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'lead', paragraph: 7, range: null, name: '', note: '' }], 'bookmark.paragraph 7 names no paragraph of the section "lead"'],
    ['toggleBookmark', [{ articleId: 'sample', sectionId: 'nope', paragraph: null }], 'place.sectionId "nope" names no section of the article "sample"'],
    ['toggleBookmark', [{ articleId: 'gone', sectionId: 'lead', paragraph: 0 }], 'place.articleId "gone" names no article in the library', 'not-found'],
    ['addBookmark', [{ articleId: 'sample', sectionId: 'ประวัติ', paragraph: null, range: null, name: 'x'.repeat(201), note: '' }], 'bookmark.name is longer than 200 characters'],
    ['updateBookmark', ['b', { colour: 'red' }], 'patch has an unknown field "colour"'],
    ['deleteBookmark', [''], 'id must not be empty'],
    ['restoreBookmarks', [[{ id: 'x' }]], 'bookmarks[0] lacks the field "kind"'],
    ['restoreBookmarks', [{ id: 'x' }], 'bookmarks must be an array, got object'],
    ['toggleBookmark', [{ articleId: 'sample', sectionId: 'ประวัติ', paragraph: 'first' }], 'place.paragraph must be a whole number from 0 to 1000000, got "first"'],
    ['exportBookmarks', ['pdf'], 'exportBookmarks takes no arguments, got 1'],
    ['listArticles', [{ offset: 0, limit: 1001 }], 'range.limit must be a whole number from 1 to 1000, got the number 1001'],
    ['getReadingPosition', [''], 'articleId must not be empty'],
    ['importBookmarks', [''], 'json must not be empty'],
    ['setReadingPosition', [{ articleId: 'sample', sectionId: 'lead', progress: 1.5 }], 'position.progress must be a number from 0 to 1, got the number 1.5'],
    ['setReadingPosition', [null], 'position must be an object, got null'],
  ])('refuses %s(%j) with a message that names the argument', async (method, args, message, code = 'bad-request') => {
    expect(await invokeApi(api, method, args)).toEqual({ ok: false, error: { code, message } });
  });

  it('adds, lists, deletes and restores a bookmark, answering each change', async () => {
    const fresh = makeApi();
    const added = await invokeApi(fresh, 'addBookmark', [
      { articleId: 'sample', sectionId: 'ประวัติ', paragraph: null, range: null, name: '', note: 'โน้ต' },
    ]);
    expect(added).toMatchObject({ ok: true, value: { saved: [{ kind: 'section', label: 'ประวัติ', note: 'โน้ต' }], removed: [] } });
    const id = (added as { value: { saved: { id: string }[] } }).value.saved[0]?.id;
    const deleted = await invokeApi(fresh, 'deleteBookmark', [id]);
    expect(deleted).toMatchObject({ ok: true, value: { saved: [], removed: [{ id }] } });
    expect(await invokeApi(fresh, 'listBookmarks', [])).toEqual({ ok: true, value: [] });
    await invokeApi(fresh, 'restoreBookmarks', [(deleted as { value: { removed: unknown } }).value.removed]);
    expect(await invokeApi(fresh, 'listBookmarks', [])).toMatchObject({ ok: true, value: [{ id }] });
  });

  it('keeps a reading position per article, and knows the article read last of those in the library', async () => {
    const fresh = makeApi();
    expect(await invokeApi(fresh, 'getReadingPosition', ['sample'])).toEqual({ ok: true, value: null });
    expect(await invokeApi(fresh, 'getLastReadingPosition', [])).toEqual({ ok: true, value: null });
    const position = { articleId: 'sample', sectionId: 'ประวัติ', progress: 0.25 };
    const elsewhere = { articleId: 'other', sectionId: 'lead', progress: 0.5 };
    expect(await invokeApi(fresh, 'setReadingPosition', [position])).toEqual({ ok: true, value: undefined });
    await invokeApi(fresh, 'setReadingPosition', [elsewhere]);
    expect(await invokeApi(fresh, 'getReadingPosition', ['sample'])).toEqual({ ok: true, value: position });
    expect(await invokeApi(fresh, 'getReadingPosition', ['other'])).toEqual({ ok: true, value: elsewhere });
    // "other" was read later, but the library does not hold it.
    expect(await invokeApi(fresh, 'getLastReadingPosition', [])).toEqual({ ok: true, value: position });
    expect(await invokeApi(fresh, 'getNotices', [])).toEqual({ ok: true, value: [] });
  });

  it('answers a missing article with not-found', async () => {
    expect(await invokeApi(api, 'getArticle', ['missing'])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no article with id "missing"' },
    });
  });

  it('hides an internal failure behind a plain message and logs it', async () => {
    const logged: unknown[] = [];
    const broken = { ...api, listArticles: () => Promise.reject(new Error('disk on fire at /secret/path')) };
    const result = await invokeApi(broken, 'listArticles', [{ offset: 0, limit: 1 }], (error) => logged.push(error));
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'listArticles failed inside Aksorn; see the application log' },
    });
    expect(logged).toHaveLength(1);
  });
});

// Found by the API fuzz: Electron IPC carries what structured clone can, and some of it made internal errors.
describe('arguments that only structured clone carries', () => {
  const api = makeApi();

  it.each([
    ['restoreBookmarks', [new Uint8Array([1, 2])], 'bookmarks must be JSON data (text, numbers, true/false, null, lists and objects), got a Uint8Array'],
    ['updateSettings', [new Float64Array([19])], 'settings must be JSON data (text, numbers, true/false, null, lists and objects), got a Float64Array'],
    ['getArticle', [10n], 'id must be JSON data (text, numbers, true/false, null, lists and objects), got a bigint'],
    ['restoreBookmarks', [[{ id: 'x', createdAt: new Date(0) }]], 'bookmarks[0].createdAt must be JSON data (text, numbers, true/false, null, lists and objects), got a Date'],
    ['setReadingPosition', [{ articleId: new Map() }], 'position.articleId must be JSON data (text, numbers, true/false, null, lists and objects), got a Map'],
    ['updateSettings', [{ 'a\nb': new Set() }], 'settings["a\\nb"] must be JSON data (text, numbers, true/false, null, lists and objects), got a Set'],
    ['getArticle', [undefined], 'id must be a string, got no value'],
  ])('refuses %s(%o) as a bad request that says where', async (method, args, message) => {
    expect(await invokeApi(api, method, args)).toEqual({ ok: false, error: { code: 'bad-request', message } });
  });

  it('refuses a value nested deeper than any argument can be', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(await invokeApi(api, 'restoreBookmarks', [deep])).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'bookmarks is nested more than 64 levels deep' },
    });
  });

  it('leaves out a field set to undefined, as JSON would, instead of failing to store it', async () => {
    const fresh = makeApi();
    expect(await invokeApi(fresh, 'updateSettings', [{ fontSize: undefined, theme: 'dark' }])).toEqual({
      ok: true,
      value: { ...defaultSettings, theme: 'dark' },
    });
  });

  it('keeps a "__proto__" field a field, refused as unknown', async () => {
    expect(await invokeApi(api, 'updateSettings', [JSON.parse('{"__proto__": {"theme": "dark"}}')])).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'settings has an unknown field "__proto__"' },
    });
  });
});
