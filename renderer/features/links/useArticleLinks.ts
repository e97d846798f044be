import { createContext, useContext } from 'react';
import type { LinkTargets } from './linkTargets';

/** What the article's links need from the reader: where they lead, and the way there. */
export interface ArticleLinks {
  /** The library's answer for the shown article's links; null until it has answered. */
  readonly targets: LinkTargets | null;
  /** Opens another article of the library in this window. */
  follow(articleId: string): void;
}

const noLinks: ArticleLinks = { targets: null, follow: () => {} };

/** Carries the links of the article shown; without a provider every link shows as plain text. */
export const ArticleLinksContext = createContext<ArticleLinks>(noLinks);

export function useArticleLinks(): ArticleLinks {
  return useContext(ArticleLinksContext);
}
