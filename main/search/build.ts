/**
 * Builds the search index at build time. Documents are sections; fields:
 * `heading` (boosted) and `body` hold words, `grams` the character grams of
 * both, which guarantee that any substring finds its section (tokens.ts).
 */
import lunr from 'lunr';
import type { Article } from '../../common/article.js';
import { fold } from '../../common/fold.js';
import { sectionDocuments } from '../library/sections.js';
import { gramTokens, wordTokens } from './tokens.js';

export const searchIndexFormatVersion = 1;

/** A heading match counts this many body matches. */
export const headingBoost = 8;

/** The serialised index: lunr's own JSON plus which section each document ref is. */
export interface SearchIndexData {
  readonly formatVersion: number;
  /** refs[i] = [articleId, sectionId] of the document whose lunr ref is String(i). */
  readonly refs: readonly (readonly [string, string])[];
  readonly lunr: object;
}

interface IndexedFields {
  readonly ref: string;
  readonly heading: readonly string[];
  readonly body: readonly string[];
  readonly grams: readonly string[];
}

export function buildSearchIndex(articles: readonly Article[]): SearchIndexData {
  const documents = articles.flatMap(sectionDocuments);
  const index = lunr(function () {
    // Our tokens arrive ready (folded, segmented, stemmed where English):
    // lunr's English trimmer, stop words and stemmer would damage Thai.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ref');
    this.field('heading', { boost: headingBoost });
    this.field('body');
    this.field('grams');
    documents.forEach((document, i) => {
      const heading = fold(document.heading);
      const body = document.paragraphs.map(fold).join(' ');
      const fields: IndexedFields = {
        ref: String(i),
        heading: wordTokens(heading),
        body: wordTokens(body),
        grams: [...gramTokens(heading), ...gramTokens(body)],
      };
      this.add(fields);
    });
  });
  return {
    formatVersion: searchIndexFormatVersion,
    refs: documents.map((document) => [document.articleId, document.sectionId] as const),
    lunr: index.toJSON(),
  };
}
