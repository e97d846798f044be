import { useCallback, useEffect, useState } from 'react';
import type { ReaderApi } from '../../../common/api';
import type { Article } from '../../../common/article';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';

/** Where loading an article stands; every state has something to show. */
export type ArticleState =
  | { readonly status: 'loading' }
  | { readonly status: 'empty' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly article: Article };

const loading: ArticleState = { status: 'loading' };

/** Which article to open at start: the one read last, else the first of the library; null when it is empty. */
async function startArticleId(api: ReaderApi): Promise<string | null> {
  const last = await api.getLastReadingPosition();
  if (last) return last.articleId;
  const { articles } = await api.listArticles({ offset: 0, limit: 1 });
  return articles[0]?.id ?? null;
}

/**
 * Loads one article by id, or (null) the one to open at start; loads again
 * when the library changes under it. Nothing while not `wanted` (home shows no article).
 */
export function useArticle(articleId: string | null, wanted = true): ArticleState & { retry(): void } {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  // Each answer is tagged with the request it answers; any other request in flight reads as loading.
  const request = `${attempt}:${wanted}:${articleId ?? ''}`;
  const [answer, setAnswer] = useState<{ request: string; state: ArticleState } | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    (async (): Promise<ArticleState> => {
      const id = articleId ?? (await startArticleId(api));
      if (id === null) return { status: 'empty' };
      return { status: 'ready', article: await api.getArticle(id) };
    })().then(
      (state) => live && setAnswer({ request, state }),
      (error: unknown) => live && setAnswer({ request, state: { status: 'error', message: errorMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, wanted, request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state = answer?.request === request ? answer.state : loading;

  // The article shown was replaced or removed, or there was none to show: load again.
  const shownId = state.status === 'ready' ? state.article.id : null;
  useReaderEvent('libraryChanged', ({ change }) => {
    if (shownId === null || change.added.includes(shownId) || change.removed.includes(shownId)) retry();
  });
  return { ...state, retry };
}
