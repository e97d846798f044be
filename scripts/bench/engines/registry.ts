/** The engines the bench compares, imported only in the child that measures each. */
import type { BenchEngine } from './types.js';

export const engineNames = ['aksorn', 'scan', 'flexsearch'] as const;
export type EngineName = (typeof engineNames)[number];

/** One line each on what is measured, for the report. */
export const engineSummaries: Readonly<Record<EngineName, string>> = {
  aksorn: 'main/search (lunr: words + 3-grams, candidates checked against the text); load = JSON.parse + createSearch',
  scan: 'no index; NFC+lowercase section texts, every term required via includes(), ranked by occurrences',
  flexsearch: 'FlexSearch 0.8 Index, encode = 3-grams of NFC+lowercase runs, all grams required; size = export() as JSON',
};

export function isEngineName(name: string): name is EngineName {
  return (engineNames as readonly string[]).includes(name);
}

// Imported lazily: a child measuring one engine loads none of the others' code.
const loaders: Readonly<Record<EngineName, () => Promise<BenchEngine>>> = {
  aksorn: async () => (await import('./aksorn.js')).aksornEngine as BenchEngine,
  scan: async () => (await import('./scan.js')).scanEngine,
  flexsearch: async () => (await import('./flexsearch.js')).flexsearchEngine as BenchEngine,
};

export function loadEngine(name: EngineName): Promise<BenchEngine> {
  return loaders[name]();
}
