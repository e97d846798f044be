import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRefusal, describeValue, quote } from '../../../common/refusal.js';
import { invokeApi } from '../../../main/api.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleApi } from '../fixtures.js';

// Found by the API fuzz (npm run fuzz): ids and field names came back into messages raw.
describe('quote', () => {
  it('quotes plain text as JSON does', () => {
    expect(quote('nope')).toBe('"nope"');
    expect(quote('บทความ "ก"')).toBe('"บทความ \\"ก\\""');
  });

  it('keeps a message on one line and in order: line breaks, controls and bidi marks are escaped', () => {
    expect(quote('a\nb\r\u0000\u0085\u2028\u2029')).toBe('"a\\nb\\r\\u0000\\u0085\\u2028\\u2029"');
    expect(quote('\u202eabc\u2066\u200f\u061c')).toBe('"\\u202eabc\\u2066\\u200f\\u061c"');
  });

  it('escapes lone surrogates and never cuts a pair in two', () => {
    expect(quote('x\ud800y')).toBe('"x\\ud800y"');
    expect(quote(`${'a'.repeat(59)}😀😀`, 60)).toBe(`"${'a'.repeat(59)}…"`);
    expect(quote('ก'.repeat(100), 10)).toBe(`"${'ก'.repeat(10)}…"`);
  });
});

describe('refusal messages', () => {
  it('say "no value" for undefined, which only structured clone carries', () => {
    expect(describeValue(undefined)).toBe('no value');
    const refused = z.array(z.string()).safeParse(undefined, { reportInput: true });
    expect(refused.success || describeRefusal('bookmarks', refused.error)).toBe('bookmarks must be an array, got no value');
  });

  it('quote an unknown field name', () => {
    const refused = z.strictObject({}).safeParse({ 'a\nb\u202e': 1 }, { reportInput: true });
    expect(refused.success || describeRefusal('patch', refused.error)).toBe('patch has an unknown field "a\\nb\\u202e"');
  });

  it('quote ids and method names the caller sent', async () => {
    const api = sampleApi(mkdtempSync(join(tmpdir(), 'aksorn-refusal-')));
    expect(await invokeApi(api, 'getArticle', ['x\n\u202ey'])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no article with id "x\\n\\u202ey"' },
    });
    expect(await invokeApi(api, 'deleteBookmark', ['\u2028'])).toMatchObject({ error: { message: 'no bookmark with id "\\u2028"' } });
    expect(await invokeApi(api, 'get\nSettings', [])).toMatchObject({ error: { code: 'unknown-method', message: 'unknown method "get\\nSettings"' } });
  });
});
