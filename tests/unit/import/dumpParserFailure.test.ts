import { describe, expect, it, vi } from 'vitest';
import { readDump } from '../../../main/import/dump/index.js';
import type { ImportItem } from '../../../main/import/types.js';
import { bytesInput } from './dumpInput.js';
import { dumpXml } from './dumpPages.js';

// wtf throws on some wikitext (a stack overflow on deep nesting, say): here it throws on a chosen word.
vi.mock('wtf_wikipedia', async (importOriginal) => {
  const actual = await importOriginal<typeof import('wtf_wikipedia')>();
  const failing = (wiki: string, options?: object) => {
    if (wiki.includes('ระเบิด')) throw new RangeError('Maximum call stack size exceeded\n    at somewhere');
    return actual.default(wiki, options);
  };
  return { default: Object.assign(failing, actual.default) };
});

describe('a page the wikitext parser throws on', () => {
  it('is skipped with the parser’s first line, and the pages after it are read', async () => {
    const xml = dumpXml([
      { title: 'ก่อน', text: 'ข้อความแรก' },
      { title: 'พัง', text: 'คำว่าระเบิด' },
      { title: 'หลัง', text: 'ข้อความสุดท้าย' },
    ]);
    const items: ImportItem[] = [];
    for await (const item of readDump(bytesInput('thwiki.xml', xml))) items.push(item);
    expect(items.map((i) => i.kind)).toEqual(['article', 'skipped', 'article']);
    expect(items[1]).toEqual({
      kind: 'skipped',
      title: 'พัง',
      reason: 'the wikitext parser failed: Maximum call stack size exceeded',
    });
  });
});
