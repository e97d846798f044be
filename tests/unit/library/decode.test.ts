import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../../main/library/decode.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeArticleBytes(bytes('\uFEFFหัวเรื่อง\r\n'))).toEqual({ ok: true, text: 'หัวเรื่อง\r\n' });
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', bytes(' \n\t\r\n'), /only whitespace/],
    ['NUL bytes', bytes('a\u0000b'), /binary/],
    ['many control bytes', bytes('\u0001\u0002\u0003abc'), /binary/],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x01, 0x0e]), /UTF-16/],
    ['invalid UTF-8', new Uint8Array([0x61, 0xc3, 0x28]), /not valid UTF-8/],
    ['TIS-620 Thai', new Uint8Array([0xa1, 0xd2, 0xc3]), /not valid UTF-8/],
  ])('refuses %s', (_name, input, reason) => {
    const result = decodeArticleBytes(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses UTF-16 Thai without a BOM as binary', () => {
    const utf16 = new Uint8Array(Buffer.from('ภาษาไทย', 'utf16le'));
    expect(decodeArticleBytes(utf16).ok).toBe(false);
  });
});
