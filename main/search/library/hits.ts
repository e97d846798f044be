/** A ranked section as the hit the API answers: its matches in original offsets, and an excerpt around the first. */
import type { SearchHit, TextMatch } from '../../../common/search.js';
import { foldText } from '../../../common/fold.js';
import { excerptAround, findInText, toTextMatches } from '../matches.js';
import type { QueryTerm } from '../query.js';
import type { RankedSection } from './sectionSearch.js';

export function sectionHit({ row, tier }: RankedSection, terms: readonly QueryTerm[]): SearchHit {
  const paragraphs = row.text === '' ? [] : row.text.split('\n');
  const matches: TextMatch[] = toTextMatches(null, findInText(foldText(row.heading), terms));
  paragraphs.forEach((paragraph, i) => matches.push(...toTextMatches(i, findInText(foldText(paragraph), terms))));
  const first = matches.find((match) => match.paragraph !== null) ?? matches[0];
  const text = first?.paragraph == null ? row.heading : (paragraphs[first.paragraph] ?? '');
  return {
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    sectionId: row.sectionId,
    heading: row.heading,
    score: tier,
    excerpt: first ? excerptAround(text, first.start, first.end) : { pre: '', match: '', post: '' },
    matches,
  };
}
