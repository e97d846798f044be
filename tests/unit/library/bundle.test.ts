import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePath, readBundle, writeBundle } from '../../../main/library/bundle.js';
import { sampleArticle } from '../fixtures.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-bundle-'));

describe('library bundle', () => {
  it('reads back exactly what was written, leaving no temporary file', () => {
    const dir = tempDir();
    writeBundle(dir, [sampleArticle]);
    expect(readBundle(dir)).toEqual([sampleArticle]);
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('says to rebuild when the bundle is missing', () => {
    const dir = tempDir();
    expect(() => readBundle(dir)).toThrow(/does not exist; run "npm run build"/);
  });

  it('says to rebuild when the bundle is not JSON or of another format', () => {
    const dir = tempDir();
    writeFileSync(bundlePath(dir), '{');
    expect(() => readBundle(dir)).toThrow(/not valid JSON; run "npm run build"/);
    writeFileSync(bundlePath(dir), JSON.stringify({ formatVersion: 99, articles: [] }));
    expect(() => readBundle(dir)).toThrow(/unknown format; run "npm run build"/);
  });
});
