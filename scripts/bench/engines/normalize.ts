/** The baselines' own text normalisation: NFC and lowercase, nothing Thai-specific. */

export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Whitespace-separated query terms, normalised, without duplicates. */
export function queryTerms(query: string): string[] {
  return [...new Set(normalize(query).split(/\s+/u).filter((term) => term !== ''))];
}
