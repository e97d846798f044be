/** What the search worker answers: results, `superseded` for an as-you-type search a newer one overtook, or the error as the API carries it. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/envelope.js';
import type { SearchResults } from '../../../../common/search.js';
import { answerSearch, supersededResults } from '../../../../main/search/answer.js';
import { SearchCancelled } from '../../../../main/search/library/sectionSearch.js';
import type { SearchEngine } from '../../../../main/search/searchEngine.js';

const found: SearchResults = { titles: [], hits: [], total: 3, articles: 1, exact: true, superseded: false };
const engineThat = (search: SearchEngine['search']): SearchEngine => ({ search });

describe('the search worker’s answer', () => {
  it('answers the engine’s results for a search that is not typed', () => {
    expect(answerSearch(engineThat(() => found), { id: 1, query: 'q', options: {} }, () => 5)).toEqual({ id: 1, ok: true, results: found });
  });

  it('answers superseded, without searching, when a newer as-you-type search came before it started', () => {
    let searched = false;
    const engine = engineThat(() => ((searched = true), found));
    expect(answerSearch(engine, { id: 2, query: 'q', options: { asYouType: true }, generation: 4 }, () => 5)).toEqual({ id: 2, ok: true, results: supersededResults });
    expect(searched).toBe(false);
  });

  it('tells the engine it is cancelled once a newer one comes while it runs, and answers superseded', () => {
    let newest = 7;
    const engine = engineThat((_query, _options, cancelled) => {
      if (cancelled?.()) throw new Error('not cancelled yet');
      newest = 8;
      if (cancelled?.()) throw new SearchCancelled();
      return found;
    });
    expect(answerSearch(engine, { id: 3, query: 'q', options: { asYouType: true }, generation: 7 }, () => newest)).toEqual({ id: 3, ok: true, results: supersededResults });
  });

  it('carries an API error’s code, and any other error as internal', () => {
    const missing = engineThat(() => {
      throw new ApiError('not-found', 'the library has no article "x"');
    });
    const broken = engineThat(() => {
      throw new Error('disk I/O error');
    });
    expect(answerSearch(missing, { id: 4, query: 'q', options: {} }, () => 0)).toEqual({ id: 4, ok: false, code: 'not-found', message: 'the library has no article "x"' });
    expect(answerSearch(broken, { id: 5, query: 'q', options: {} }, () => 0)).toEqual({ id: 5, ok: false, code: 'internal', message: 'disk I/O error' });
  });
});
