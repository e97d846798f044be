import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleSourceError, maxArticleSourceBytes, readArticleSource } from '../../../main/library/source.js';

const dir = mkdtempSync(join(tmpdir(), 'aksorn-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function refusal(path: string): ArticleSourceError {
  try {
    readArticleSource(path);
  } catch (error) {
    if (error instanceof ArticleSourceError) return error;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}

describe('readArticleSource', () => {
  it('reads the seed article, its id from the file name', () => {
    const article = readArticleSource('data/articles/russia-international-counter-terrorism.txt');
    expect(article.id).toBe('russia-international-counter-terrorism');
    expect(article.sections).toHaveLength(6);
  });

  it('reads a small valid file', () => {
    const article = readArticleSource(file('ok.txt', 'หัวเรื่อง\n\nเนื้อหา'));
    expect([article.id, article.title, article.lead.length]).toEqual(['ok', 'หัวเรื่อง', 1]);
  });

  const oversized = () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '');
    // A sparse file: the size is real to stat, but nothing is written.
    truncateSync(path, maxArticleSourceBytes + 1);
    return path;
  };

  it.each<[string, () => string, RegExp]>([
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\r\n\t  \n'), /only whitespace/],
    ['a binary file', () => file('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), /not valid UTF-8/],
    ['an oversized file', oversized, /too large/],
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a directory', () => dir, /directory/],
    ['a text with no title', () => file('invisible.txt', '\u200B\n\u200B\n'), /no title/],
    ['an unsafe file name', () => file('has space.txt', 'T'), /unsafe article id/],
    ['a file name with a line break', () => file('line\nbreak.txt', 'T'), /unsafe article id/],
  ])('refuses %s with one line naming the file', (_name, make, reason) => {
    const path = make();
    const error = refusal(path);
    expect(error.reason).toMatch(reason);
    expect(error.message).not.toContain('\n');
    expect(error.message.startsWith(path.replaceAll('\n', '\\u000a'))).toBe(true);
  });
});
