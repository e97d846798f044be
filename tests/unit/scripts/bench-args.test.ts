import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args.js';

describe('parseBenchArgs', () => {
  it('runs both parts by default, the library at 10,000, 100,000 and 170,000 articles', () => {
    const args = parseBenchArgs([]);
    expect(args.parts).toEqual(['article', 'library']);
    expect(args.library.sizes).toEqual([10_000, 100_000, 170_000]);
    expect(args.library.engines.map((e) => e.name)).toEqual(['aksorn', 'aksorn:200', 'aksorn:500', 'scan', 'flexsearch', 'fts5']);
    expect(args.library.k).toBe(20);
    expect(args.article.sizes).toEqual([{ kind: 'article' }, { kind: 'generated', count: 1000 }, { kind: 'generated', count: 10_000 }]);
  });

  it('chooses a part, sizes, engines and caps', () => {
    const args = parseBenchArgs(['--only', 'library', '--sizes', '10_000,100000', '--engines', 'aksorn,fts5', '--flexsearch-heap', '2048', '--timeout', '60']);
    expect(args.parts).toEqual(['library']);
    expect(args.library.sizes).toEqual([10_000, 100_000]);
    expect(args.library.engines.map((e) => e.kind)).toEqual(['aksorn', 'fts5']);
    expect(args.library.flexsearchCaps.heapMiB).toBe(2048);
    expect(args.library.caps.timeoutMs).toBe(60_000);
    expect(args.article.timeoutSeconds).toBe(60);
  });

  it('refuses what it cannot run, in one line', () => {
    expect(() => parseBenchArgs(['--only', 'both'])).toThrow('--only wants article or library, not "both"');
    expect(() => parseBenchArgs(['--sizes', 'ten'])).toThrow('--sizes wants a positive integer, not "ten"');
    expect(() => parseBenchArgs(['--engines', ','])).toThrow('--engines names nothing');
    expect(() => parseBenchArgs(['--article-engines', 'lucene'])).toThrow('unknown engine "lucene"');
  });
});
