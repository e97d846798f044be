/** What the search worker answers: results, `superseded` for an as-you-type search a newer one overtook, quick open's articles, or the error as the API carries it. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/envelope.js';
import type { FoundArticle } from '../../../../common/find.js';
import type { SearchResults } from '../../../../common/search.js';
import { answerFind, answerRequest, answerSearch, supersededResults } from '../../../../main/search/answer.js';
import { SearchCancelled } from '../../../../main/search/library/sectionSearch.js';
import type { SearchEngine } from '../../../../main/search/searchEngine.js';

const found: SearchResults = { titles: [], hits: [], total: 3, articles: 1, exact: true, superseded: false };
const articles: FoundArticle[] = [{ articleId: 'a', title: 'ก', readAt: '2026-01-01T00:00:00.000Z' }, { articleId: 'b', title: 'ข', alias: 'ค' }];
const engineThat = (search: SearchEngine['search'], findArticles: SearchEngine['findArticles'] = () => articles): SearchEngine => ({ search, findArticles });

describe('the search worker’s answer', () => {
  it('answers the engine’s results for a search that is not typed', () => {
    expect(answerSearch(engineThat(() => found), { id: 1, query: 'q', options: {} }, () => 5)).toEqual({ id: 1, ok: true, value: found });
  });

  it('answers superseded, without searching, when a newer as-you-type search came before it started', () => {
    let searched = false;
    const engine = engineThat(() => ((searched = true), found));
    expect(answerSearch(engine, { id: 2, query: 'q', options: { asYouType: true }, generation: 4 }, () => 5)).toEqual({ id: 2, ok: true, value: supersededResults });
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
    expect(answerSearch(engine, { id: 3, query: 'q', options: { asYouType: true }, generation: 7 }, () => newest)).toEqual({ id: 3, ok: true, value: supersededResults });
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

describe('the search worker’s answer to quick open', () => {
  it('answers the articles the engine finds, with the options it was given', () => {
    const asked: unknown[] = [];
    const engine = engineThat(
      () => found,
      (query, options) => (asked.push([query, options]), articles),
    );
    expect(answerFind(engine, { kind: 'findArticles', id: 6, query: 'ก', options: { limit: 5 } })).toEqual({ id: 6, ok: true, value: articles });
    expect(asked).toEqual([['ก', { limit: 5 }]]);
  });

  it('is never superseded by an as-you-type search', () => {
    expect(answerRequest(engineThat(() => found), { kind: 'findArticles', id: 7, query: 'ก', options: {} }, () => 99)).toEqual({ id: 7, ok: true, value: articles });
  });

  it('carries an error as the API does', () => {
    const broken = engineThat(
      () => found,
      () => {
        throw new Error('database is locked');
      },
    );
    expect(answerFind(broken, { kind: 'findArticles', id: 8, query: 'ก', options: {} })).toEqual({ id: 8, ok: false, code: 'internal', message: 'database is locked' });
  });

  it('sends each request to its own answer: a search to the search, a find to the finder', () => {
    const engine = engineThat(() => found);
    expect(answerRequest(engine, { id: 9, query: 'q', options: {} }, () => 0)).toEqual({ id: 9, ok: true, value: found });
    expect(answerRequest(engine, { kind: 'search', id: 10, query: 'q', options: {} }, () => 0)).toEqual({ id: 10, ok: true, value: found });
    expect(answerRequest(engine, { kind: 'findArticles', id: 11, query: 'q', options: {} }, () => 0)).toEqual({ id: 11, ok: true, value: articles });
  });
});
