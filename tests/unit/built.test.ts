import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDataFiles, readBuiltData, writeBuiltData } from '../../main/built.js';
import { sampleArticle } from './fixtures.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-built-'));
const sample = { articles: [sampleArticle] };

describe('built data', () => {
  it('reads back exactly what was written, leaving no temporary file', () => {
    const dir = tempDir();
    writeBuiltData(dir, sample);
    expect(readBuiltData(dir)).toEqual(sample);
    expect(readdirSync(dir).sort()).toEqual(['library.json']);
  });

  it('says to rebuild when a file is missing', () => {
    const dir = tempDir();
    expect(() => readBuiltData(dir)).toThrow(/library.json: it does not exist; run "npm run build"/);
    writeBuiltData(dir, sample);
    writeFileSync(builtDataFiles(dir)[0] as string, '');
    expect(() => readBuiltData(dir)).toThrow(/library.json: it is not valid JSON; run "npm run build"/);
  });

  it('says to rebuild when the library is of another format', () => {
    const dir = tempDir();
    writeBuiltData(dir, sample);
    writeFileSync(builtDataFiles(dir)[0] as string, JSON.stringify({ formatVersion: 99, articles: [] }));
    expect(() => readBuiltData(dir)).toThrow(/unknown format; run "npm run build"/);
  });
});
