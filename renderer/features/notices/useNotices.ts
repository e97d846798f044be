import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../common/notices';
import { useApi } from '../../useApi';

/** One notice from main, with a key that stays with it when others are dismissed. */
export interface ShownNotice {
  readonly key: number;
  readonly notice: Notice;
}

/** Loads the start-up notices once and lets the reader dismiss them one by one. */
export function useNotices(): { notices: readonly ShownNotice[]; dismiss(key: number): void } {
  const api = useApi();
  const [notices, setNotices] = useState<readonly ShownNotice[]>([]);

  useEffect(() => {
    let live = true;
    api.getNotices().then(
      (list) => live && setNotices(list.map((notice, key) => ({ key, notice }))),
      () => {
        // Notices are a courtesy: failing to fetch them must not get in the way of reading.
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const dismiss = useCallback((key: number) => setNotices((old) => old.filter((shown) => shown.key !== key)), []);
  return { notices, dismiss };
}
