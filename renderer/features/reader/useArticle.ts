import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../main/contract';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';

/** Where loading an article stands; every state has something to show. */
export type ArticleState =
  | { readonly status: 'loading' }
  | { readonly status: 'empty' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly article: Article };

const loading: ArticleState = { status: 'loading' };

/**
 * Loads one article: `articleId`, or the first of the library when null
 * (the library holds one article for now; choosing one comes later).
 */
export function useArticle(articleId: string | null): ArticleState & { retry(): void } {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  // Each answer is tagged with the request it answers; any other request in flight reads as loading.
  const request = `${attempt}:${articleId ?? ''}`;
  const [answer, setAnswer] = useState<{ request: string; state: ArticleState } | null>(null);

  useEffect(() => {
    let live = true;
    (async (): Promise<ArticleState> => {
      let id = articleId;
      if (id === null) {
        const [first] = await api.listArticles();
        if (!first) return { status: 'empty' };
        id = first.id;
      }
      return { status: 'ready', article: await api.getArticle(id) };
    })().then(
      (state) => live && setAnswer({ request, state }),
      (error: unknown) => live && setAnswer({ request, state: { status: 'error', message: errorMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state = answer?.request === request ? answer.state : loading;
  return { ...state, retry };
}
