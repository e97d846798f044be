import { useCallback, useEffect, useRef, useState } from 'react';
import { articlePlace } from '../../../common/address';
import { linkTo } from '../../navigation/linkTo';

/** Where a copy stands: done (briefly confirmed), or failed with the link to copy by hand. */
export type CopyState =
  | { readonly status: 'idle' }
  | { readonly status: 'copied' }
  | { readonly status: 'failed'; readonly link: string };

// Long enough to read the confirmation, short enough not to linger over the next heading.
const confirmationMs = 2500;

/** Copies the link to a section (its address); on failure keeps the link so the UI can offer it for manual copying. */
export function useCopyLink(articleId: string, sectionId: string): { state: CopyState; copy(): void; dismiss(): void } {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(() => {
    const link = linkTo(articlePlace(articleId, sectionId));
    window.clearTimeout(timer.current);
    // navigator.clipboard is missing outside secure contexts and may refuse without permission.
    const write = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => {
        setState({ status: 'copied' });
        timer.current = window.setTimeout(() => setState({ status: 'idle' }), confirmationMs);
      },
      () => setState({ status: 'failed', link }),
    );
  }, [articleId, sectionId]);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, copy, dismiss };
}
