import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import { maxArticleSourceBytes } from '../../../main/library/source.js';
import { seedArticle } from '../../seed.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = seedArticle.path;
const dir = mkdtempSync(join(tmpdir(), 'aksorn-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The app's own folder, where the library commands go without --user-data: kept inside the test's folder.
const home = join(dir, 'home');

/** Runs the real CLI the way npm does, from the project root. */
function aksorn(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/aksorn.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(result: ReturnType<typeof aksorn>, path: string): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(result.stderr).not.toMatch(/^\s*at /m);
}

describe('aksorn parse', { timeout: 30_000 }, () => {
  it('prints the seed article as indented JSON', () => {
    const result = aksorn('parse', seed);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\{\n {2}"id": /);
    const article = JSON.parse(result.stdout) as Article;
    expect(article.id).toBe(seedArticle.id);
    expect(article.title).toBe(seedArticle.title);
    expect(article.lead).toHaveLength(1);
    expect(article.sections.map((s) => s.heading)).toEqual(seedArticle.headings);
    expect(article.sections.map((s) => s.paragraphs.length > 0)).toEqual([true, true, true, true, true, false]);
    expect(article.hasReferenceList).toBe(false);
    const runs = article.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
    const cites = new Set(runs.flatMap((r) => ('cite' in r ? [r.cite] : [])));
    expect([...cites].sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(runs.filter((r) => 'citationNeeded' in r)).toHaveLength(1);
  });

  it.each<[string, () => string]>([
    [
      'an empty file',
      () => {
        writeFileSync(join(dir, 'empty.txt'), '');
        return join(dir, 'empty.txt');
      },
    ],
    [
      'a binary file',
      () => {
        writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
        return join(dir, 'binary.txt');
      },
    ],
    [
      'an oversized file',
      () => {
        writeFileSync(join(dir, 'big.txt'), '');
        truncateSync(join(dir, 'big.txt'), maxArticleSourceBytes + 1);
        return join(dir, 'big.txt');
      },
    ],
    ['a missing file', () => join(dir, 'missing.txt')],
  ])('refuses %s with one line on stderr and exit 1', (_name, make) => {
    const path = make();
    expectOneLineError(aksorn('parse', path), path);
  });
});

describe('aksorn usage', { timeout: 30_000 }, () => {
  it('answers an unknown command with usage and exit 2', () => {
    const result = aksorn('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
    expect(result.stderr).toMatch(/Usage: aksorn/);
  });

  it('answers a missing argument, an extra argument or an unknown option with exit 2', () => {
    for (const args of [[], ['parse'], ['parse', 'a', 'b'], ['parse', '--bogus', seed]]) {
      const result = aksorn(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/Usage: aksorn/);
    }
  });

  it('prints usage on stdout for --help', () => {
    for (const args of [['--help'], ['help'], ['parse', '--help']]) {
      const result = aksorn(...args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Usage: aksorn.*parse <file>/s);
      expect(result.stderr).toBe('');
    }
  });
});

describe('aksorn search', { timeout: 60_000 }, () => {
  it('prints the hits by rank as JSON in the documented shape', () => {
    const result = aksorn('search', '--json', '--limit', '3', 'รัสเซีย');
    expect(result.status).toBe(0);
    const hits = JSON.parse(result.stdout) as { articleId: string; sectionId: string; heading: string; score: number; excerpt: object }[];
    expect(hits).toHaveLength(3);
    for (const hit of hits) {
      expect(Object.keys(hit)).toEqual(['articleId', 'sectionId', 'heading', 'score', 'excerpt']);
      expect(hit.articleId).toBe(seedArticle.id);
      expect(Object.keys(hit.excerpt)).toEqual(['pre', 'match', 'post']);
    }
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('names the lead by the article title and joins an unquoted query', () => {
    const lead = JSON.parse(aksorn('search', '--json', 'ส่วนร่วม', 'ต่างประเทศ').stdout) as { sectionId: string; heading: string }[];
    expect(lead[0]).toMatchObject({ sectionId: 'lead', heading: seedArticle.title });
  });

  it('prints a readable list without --json', () => {
    const result = aksorn('search', 'ลาฟรอฟ');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 section\(s\) in 1 article\(s\)\n1\. อัฟกานิสถาน .*\n .*«ลาฟรอฟ»/);
  });

  it('answers hostile input with an empty list, not an error', () => {
    const result = aksorn('search', '--json', 'a:b foo^ ~ *');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('refuses a bad --limit with usage and exit 2', () => {
    for (const limit of ['0', '101', 'ten']) {
      const result = aksorn('search', '--limit', limit, 'x');
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/--limit must be a whole number from 1 to 100/);
    }
  });
});

describe('aksorn import, list, remove and search on a user-data folder', { timeout: 90_000 }, () => {
  const userData = join(dir, 'library');
  const page = (title: string, body: string) => `${title}\n\n${body}\n\nประวัติ แก้\n\nเนื้อหาของ${title}\n`;

  it('imports files with progress on stderr and a summary on stdout, each bad file with its reason', () => {
    writeFileSync(join(dir, 'astronomy.txt'), page('ดาราศาสตร์', 'กล้องโทรทรรศน์ส่องดาวเคราะห์'));
    writeFileSync(join(dir, 'physics.txt'), page('ฟิสิกส์', 'แรงโน้มถ่วง'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = aksorn('import', '--user-data', userData, join(dir, 'astronomy.txt'), join(dir, 'physics.txt'), join(dir, 'empty.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`2 imported, 0 updated, 0 unchanged, 0 redirects, 1 skipped into ${userData}\n`);
    expect(result.stderr).toMatch(/\[#+\] 100% {2}2 articles/);
    expect(result.stderr).toContain('skipped: empty.txt: file is empty');
  });

  it('lists the library as JSON objects of id, title, source and more', () => {
    const listed = JSON.parse(aksorn('list', '--json', '--user-data', userData).stdout) as { id: string; title: string; source: string; size: number }[];
    expect(listed.map(({ id, title, source }) => ({ id, title, source }))).toEqual([
      { id: seedArticle.id, title: seedArticle.title, source: 'bundled' },
      { id: 'ดาราศาสตร์', title: 'ดาราศาสตร์', source: 'text' },
      { id: 'ฟิสิกส์', title: 'ฟิสิกส์', source: 'text' },
    ]);
    expect(listed[1]?.size).toBeGreaterThan(0);
  });

  it('searches the imported articles', () => {
    const hits = JSON.parse(aksorn('search', '--json', '--user-data', userData, 'โทรทรรศน์').stdout) as { articleId: string }[];
    expect(hits.map((hit) => hit.articleId)).toEqual(['ดาราศาสตร์']);
  });

  it('removes an imported article, and refuses the bundled one and an unknown id', () => {
    expect(aksorn('remove', '--user-data', userData, 'ฟิสิกส์')).toMatchObject({ status: 0, stdout: 'removed ฟิสิกส์ (ฟิสิกส์)\n' });
    expect(aksorn('remove', '--user-data', userData, seedArticle.id)).toMatchObject({ status: 1, stderr: expect.stringContaining('comes with Aksorn') });
    expect(aksorn('remove', '--user-data', userData, 'ฟิสิกส์')).toMatchObject({ status: 1, stderr: 'aksorn: no article with id "ฟิสิกส์"\n' });
    expect((JSON.parse(aksorn('list', '--json', '--user-data', userData).stdout) as unknown[]).length).toBe(2);
  });

  it('uses the app’s own folder without --user-data', () => {
    writeFileSync(join(dir, 'chemistry.txt'), page('เคมี', 'ธาตุ'));
    expect(aksorn('import', join(dir, 'chemistry.txt')).status).toBe(0);
    const listed = aksorn('list');
    expect(listed.stdout).toMatch(/^เคมี\tเคมี\ttext\t/m);
  });

  it('refuses a missing file with usage and exit 2', () => {
    const result = aksorn('import', '--user-data', userData, join(dir, 'nope.txt'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file');
  });
});
