/**
 * FlexSearch 0.8 with character 3-grams: the fast engine one would pick instead.
 * One Index document per section; the custom encoder turns text and query alike
 * into the 3-grams of each run of letters, marks and digits, so all of a query's
 * grams are required. Runs shorter than 3 stay whole (and so only match whole
 * runs that short: a 1–2 character query cannot be found inside a word).
 */
import { Index, type Id } from 'flexsearch';
import { benchSections, sectionText } from '../sections.js';
import { normalize } from './normalize.js';
import type { BenchEngine, LoadedEngine } from './types.js';

const gramLength = 3;
const separators = /[^\p{L}\p{M}\p{N}]+/u;

/** The 3-grams of every run of the text (Thai is in the BMP, so UTF-16 units are characters). */
export function trigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of normalize(text).split(separators)) {
    if (run === '') continue;
    if (run.length <= gramLength) grams.push(run);
    else for (let i = 0; i + gramLength <= run.length; i++) grams.push(run.slice(i, i + gramLength));
  }
  return grams;
}

/** An empty index whose text and queries are the 3-grams of their runs (the library bench builds one too). */
export function newIndex(): Index {
  return new Index({ tokenize: 'strict', encode: trigrams });
}

/** FlexSearch's export answers key/data pairs; the bench stores them as one JSON object. */
type Exported = Record<string, string>;

export const flexsearchEngine: BenchEngine<Index> = {
  name: 'flexsearch',
  build(articles) {
    const index = newIndex();
    benchSections(articles).forEach((section, i) => index.add(i, sectionText(section)));
    return index;
  },
  serialize(index) {
    const exported: Exported = {};
    // With a synchronous handler, export runs synchronously.
    void index.export((key, data) => {
      exported[key] = data;
    });
    return JSON.stringify(exported);
  },
  load(articles, serialized) {
    if (serialized === undefined) throw new Error('flexsearch needs its serialized index');
    const index = newIndex();
    for (const [key, data] of Object.entries(JSON.parse(serialized) as Exported)) index.import(key, data);
    const keys = benchSections(articles).map((s) => s.key);
    const loaded: LoadedEngine<Id[]> = {
      search: (query, limit) => index.search(query, { limit }),
      keys: (ids) => ids.map((id) => keys[Number(id)] as string),
    };
    return loaded;
  },
};
