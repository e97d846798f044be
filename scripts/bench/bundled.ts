/** The bundled article sources (data/articles/*.txt), parsed the way the app builds them. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../common/article.js';
import { readArticleSource } from '../../main/library/source.js';

const sourceDir = resolve(import.meta.dirname, '..', '..', 'data', 'articles');

let cached: readonly Article[] | undefined;

/** Every bundled article, in file name order; read once per process. */
export function bundledArticles(): readonly Article[] {
  if (cached === undefined) {
    const files = readdirSync(sourceDir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    if (files.length === 0) throw new Error(`no article sources (*.txt) in ${sourceDir}`);
    cached = files.map((name) => readArticleSource(join(sourceDir, name)));
  }
  return cached;
}
