/**
 * The plain baseline: no index, every query scans every section's text with
 * `includes`. Ranked by how often the terms occur, then library order.
 */
import { benchSections, sectionText } from '../sections.js';
import { normalize, queryTerms } from './normalize.js';
import type { BenchEngine, LoadedEngine } from './types.js';

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

export const scanEngine: BenchEngine = {
  name: 'scan',
  load(articles) {
    const sections = benchSections(articles);
    const keys = sections.map((s) => s.key);
    const texts = sections.map((s) => normalize(sectionText(s)));
    const loaded: LoadedEngine<readonly string[]> = {
      search(query, limit) {
        const terms = queryTerms(query);
        if (terms.length === 0) return [];
        const hits: { index: number; score: number }[] = [];
        texts.forEach((text, index) => {
          if (terms.every((term) => text.includes(term))) {
            hits.push({ index, score: terms.reduce((sum, term) => sum + occurrences(text, term), 0) });
          }
        });
        hits.sort((a, b) => b.score - a.score || a.index - b.index);
        return hits.slice(0, limit).map((hit) => keys[hit.index] as string);
      },
      keys: (result) => result,
    };
    return loaded;
  },
};
