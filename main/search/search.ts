/**
 * Answers queries from the built index. lunr narrows the sections by grams
 * and ranks them; each candidate is then checked against its text, so that
 * a hit always contains every term as typed (grams alone could match
 * scattered pieces).
 */
import lunr from 'lunr';
import type { Article } from '../../common/article.js';
import { limits } from '../../common/limits.js';
import type { SearchHit, SearchOptions, TextMatch } from '../../common/search.js';
import { sectionDocuments, type SectionDocument } from '../library/sections.js';
import { foldText, type FoldedText } from '../../common/fold.js';
import { excerptAround, findInText, toTextMatches } from './matches.js';
import { buildLunrQuery, parseQuery, type QueryTerm } from './query.js';
import { gramLength } from './tokens.js';
import { searchIndexFormatVersion, type SearchIndexData } from './build.js';

export const defaultSearchLimit = 20;

/** The hits of one article's search: `total` counts every matching section. */
export interface ArticleHits {
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

export interface Search {
  search(query: string, options?: Pick<SearchOptions, 'limit' | 'offset'>): ArticleHits;
}

interface FoldedDocument {
  readonly heading: FoldedText;
  readonly paragraphs: readonly FoldedText[];
}

/** Ranking tiers: heading words, then words anywhere, then infix-only matches. */
const tier = { heading: 2, words: 1, infix: 0 } as const;

export function createSearch(articles: readonly Article[], data: SearchIndexData): Search {
  if (data.formatVersion !== searchIndexFormatVersion) {
    throw new Error('the search index has another format; run "npm run build"');
  }
  const index = lunr.Index.load(data.lunr);
  const documents = resolveRefs(articles, data.refs);
  // Folding is done once per section, when it is first a candidate.
  const folded = new Map<number, FoldedDocument>();
  const foldedDocument = (ref: number): FoldedDocument => {
    let entry = folded.get(ref);
    if (!entry) {
      const document = documents[ref] as SectionDocument;
      entry = { heading: foldText(document.heading), paragraphs: document.paragraphs.map(foldText) };
      folded.set(ref, entry);
    }
    return entry;
  };

  return {
    search(query, options = {}) {
      const terms = parseQuery(query);
      if (terms.length === 0) return { hits: [], total: 0 };
      const limit = Math.min(Math.max(1, Math.floor(options.limit ?? defaultSearchLimit)), limits.searchHits);
      const offset = Math.max(0, Math.floor(options.offset ?? 0));
      // A needle of one gram or less is looked up exactly; longer ones are checked in the text.
      const toVerify = terms.filter((term) => !isExactLookup(term));
      const ranked = index
        .query((q) => buildLunrQuery(q, terms))
        .filter((result) => toVerify.length === 0 || containsEveryTerm(foldedDocument(Number(result.ref)), toVerify))
        .map((result) => ({ result, tier: tierOf(result, terms) }))
        .sort((a, b) => b.tier - a.tier || b.result.score - a.result.score || Number(a.result.ref) - Number(b.result.ref));
      const hits = ranked
        .slice(offset, offset + limit)
        .map(({ result }) => toHit(documents[Number(result.ref)] as SectionDocument, foldedDocument(Number(result.ref)), terms, result.score));
      return { hits, total: ranked.length };
    },
  };
}

function resolveRefs(articles: readonly Article[], refs: SearchIndexData['refs']): SectionDocument[] {
  const byKey = new Map(articles.flatMap(sectionDocuments).map((document) => [`${document.articleId}\n${document.sectionId}`, document]));
  return refs.map(([articleId, sectionId]) => {
    const document = byKey.get(`${articleId}\n${sectionId}`);
    if (!document) throw new Error(`the search index names section "${sectionId}" of "${articleId}", which the library lacks; run "npm run build"`);
    return document;
  });
}

function isExactLookup(term: QueryTerm): boolean {
  return !term.needle.includes(' ') && Array.from(term.needle).length <= gramLength;
}

function containsEveryTerm(document: FoldedDocument, terms: readonly QueryTerm[]): boolean {
  const texts = [document.heading, ...document.paragraphs];
  return terms.every((term) => texts.some((text) => text.text.includes(term.needle)));
}

/** Reads from lunr's match data which terms matched as whole words, and where. */
function tierOf(result: lunr.Index.Result, terms: readonly QueryTerm[]): number {
  const matched = result.matchData.metadata as Record<string, Record<string, unknown> | undefined>;
  const typing = terms.at(-1)?.words.at(-1);
  const has = (word: string, field: 'heading' | 'body') =>
    matched[word]?.[field] !== undefined ||
    (word === typing && Object.keys(matched).some((key) => key.startsWith(word) && matched[key]?.[field] !== undefined));
  const words = terms.flatMap((term) => term.words);
  if (words.length === 0) return tier.infix;
  if (words.every((word) => has(word, 'heading'))) return tier.heading;
  if (words.every((word) => has(word, 'heading') || has(word, 'body'))) return tier.words;
  return tier.infix;
}

function toHit(document: SectionDocument, folded: FoldedDocument, terms: readonly QueryTerm[], score: number): SearchHit {
  const matches: TextMatch[] = toTextMatches(null, findInText(folded.heading, terms));
  folded.paragraphs.forEach((paragraph, i) => matches.push(...toTextMatches(i, findInText(paragraph, terms))));
  const first = matches.find((match) => match.paragraph !== null) ?? matches[0];
  const text = first?.paragraph == null ? document.heading : (document.paragraphs[first.paragraph] ?? '');
  return {
    articleId: document.articleId,
    articleTitle: document.articleTitle,
    sectionId: document.sectionId,
    heading: document.heading,
    score: Math.round(score * 1000) / 1000,
    excerpt: first ? excerptAround(text, first.start, first.end) : { pre: '', match: '', post: '' },
    matches,
  };
}
