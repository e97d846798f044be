/** The corpora the bench runs on: the bundled article(s), or a generated library of N articles. */
import type { Article } from '../../common/article.js';
import { bundledArticles } from './bundled.js';
import { generateLibrary } from './corpus.js';

export type CorpusSpec = { readonly kind: 'article' } | { readonly kind: 'generated'; readonly count: number };

export const defaultCorpusSeed = 1;
export const defaultSizes = '1,1000,10000';

/** "1" or "article" is the bundled article; any other positive integer a generated library. */
export function parseCorpusSpec(text: string): CorpusSpec {
  const trimmed = text.trim().replace(/_/g, '');
  if (trimmed === '1' || trimmed === 'article') return { kind: 'article' };
  if (!/^[1-9]\d*$/.test(trimmed)) throw new Error(`not a corpus size: "${text}" (use "article" or a number of articles)`);
  return { kind: 'generated', count: Number(trimmed) };
}

/** The name a corpus goes by in the table and on the child's command line. */
export function corpusLabel(spec: CorpusSpec): string {
  return spec.kind === 'article' ? 'article' : String(spec.count);
}

/** The articles of a corpus; generated ones are rebuilt from the seed, identically in every process. */
export function loadCorpus(spec: CorpusSpec, seed: number): readonly Article[] {
  return spec.kind === 'article' ? bundledArticles() : generateLibrary(spec.count, seed);
}
