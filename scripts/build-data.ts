/** `npm run build:data`: parses every bundled article source into out/data. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBuiltData } from '../main/built.js';
import { readArticleSource } from '../main/library/source.js';

const root = resolve(import.meta.dirname, '..');
const sourceDir = join(root, 'data', 'articles');
const outDir = join(root, 'out', 'data');

try {
  const files = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no article sources (*.txt) in ${sourceDir}`);
  const articles = files.map((name) => readArticleSource(join(sourceDir, name)));
  writeBuiltData(outDir, { articles });
  console.log(`built ${articles.length} article(s) into ${outDir}`);
} catch (error) {
  console.error(`build-data: ${(error as Error).message}`);
  process.exit(1);
}
