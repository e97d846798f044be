/** The fuzz's oracle: it must see what it is there to see. */
import { describe, expect, it } from 'vitest';
import { envelopeProblems, messageProblems, storeProblems } from '../../support/fuzz/checks.js';
import { persistedDefaults } from '../../../main/store/schema.js';

const refusal = (message: string, code = 'bad-request', method = 'getArticle') => messageProblems(message, { method, code, reason: undefined });

describe('the fuzz checks', () => {
  it('take a refusal that names its argument on one plain line', () => {
    expect(refusal('id must not be empty')).toEqual([]);
    expect(refusal('no article with id "undefined\\n"', 'not-found')).toEqual([]);
    expect(refusal('getSettings takes no arguments, got 1', 'bad-request', 'getSettings')).toEqual([]);
    expect(refusal('unknown method "x"', 'unknown-method', 'x')).toEqual([]);
    // A field the caller named "undefined" is the caller's word, not the message's.
    const sent = new Set(['undefined']);
    expect(messageProblems('place.undefined must be JSON data', { method: 'toggleBookmark', code: 'bad-request', reason: undefined, sent })).toEqual([]);
    expect(messageProblems('place.undefined must be JSON data', { method: 'toggleBookmark', code: 'bad-request', reason: undefined })).not.toEqual([]);
  });

  it.each([
    ['', 'empty'],
    ['id is\nwrong', 'line-break'],
    ['id "\u202eevil"', 'bidi'],
    ['id got \ud800', 'lone surrogate'],
    ['id got undefined', 'undefined'],
    ['id is [object Object]', '[object Object]'],
    ['TypeError: id at f (main/api.ts:3:4)', 'stack trace'],
    ['expected 1 argument(s), got 2', 'names none'],
  ])('flag a refusal %j (%s)', (message, what) => {
    expect(refusal(message).join(' ')).toContain(what);
  });

  it('flag an internal error, a code outside the contract and a result that breaks its schema', () => {
    expect(envelopeProblems('listArticles', { ok: false, error: { code: 'internal', message: 'listArticles failed' } })[0]).toMatch(/^an internal error/);
    expect(envelopeProblems('getArticle', { ok: false, error: { code: 'teapot', message: 'id is short' } })[0]).toMatch(/not in the contract/);
    expect(envelopeProblems('getSettings', { ok: true, value: { language: 'fr' } })[0]).toMatch(/does not validate/);
    expect(envelopeProblems('setReadingPosition', { ok: true })).toEqual([]);
  });

  it('flag a store file that does not parse, does not validate, or holds an id twice', () => {
    const stored = { ...persistedDefaults, bookmarks: [], readingPositions: {} };
    expect(storeProblems(JSON.stringify(stored))).toEqual([]);
    expect(storeProblems(JSON.stringify(persistedDefaults))[0]).toMatch(/does not validate/);
    expect(storeProblems('{"version":')[0]).toMatch(/not JSON/);
    expect(storeProblems(JSON.stringify({ ...stored, extra: 1 }))[0]).toMatch(/does not validate/);
    const bookmark = {
      id: 'b1',
      kind: 'section',
      anchor: { articleId: 'a', sectionId: 'lead', paragraph: null, quote: null, context: '' },
      name: '',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(storeProblems(JSON.stringify({ ...stored, bookmarks: [bookmark, bookmark] }))[0]).toMatch(/ids twice/);
  });
});
