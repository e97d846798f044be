import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../common/article';
import { errorMessage } from '../../api';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';
import { linkTitlesOf, resolveLinkTargets, type LinkTargets } from './linkTargets';

/**
 * The library's answer for the links of `article`: asked once when it is
 * shown, and again whenever the library changes (an import may bring a
 * missing article in, a removal take one out). Null until the first answer;
 * a newer question keeps the older answer shown until it is answered.
 */
export function useLinkTargets(article: Article | null): LinkTargets | null {
  const api = useApi();
  const titles = useMemo(() => (article ? linkTitlesOf(article) : []), [article]);
  const [asked, setAsked] = useState(0);
  const [answer, setAnswer] = useState<{ titles: readonly string[]; targets: LinkTargets } | null>(null);

  useEffect(() => {
    if (titles.length === 0) return;
    let live = true;
    resolveLinkTargets((chunk) => api.resolveTitles(chunk), titles).then(
      (targets) => live && setAnswer({ titles, targets }),
      // The links stay plain text: reading goes on without them.
      (error: unknown) => live && console.warn(`[aksorn] could not resolve the article's links: ${errorMessage(error)}`),
    );
    return () => {
      live = false;
    };
  }, [api, titles, asked]);

  useReaderEvent('libraryChanged', () => setAsked((n) => n + 1));
  return answer?.titles === titles ? answer.targets : null;
}
