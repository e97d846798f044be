import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../useApi';

/** One message from start-up, with a key that stays with it when others are dismissed. */
export interface Notice {
  readonly key: number;
  readonly message: string;
}

/** Loads the start-up notices once and lets the reader dismiss them one by one. */
export function useNotices(): { notices: readonly Notice[]; dismiss(key: number): void } {
  const api = useApi();
  const [notices, setNotices] = useState<readonly Notice[]>([]);

  useEffect(() => {
    let live = true;
    api.getNotices().then(
      (messages) => live && setNotices(messages.map((message, key) => ({ key, message }))),
      () => {
        // Notices are a courtesy: failing to fetch them must not get in the way of reading.
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const dismiss = useCallback((key: number) => setNotices((old) => old.filter((notice) => notice.key !== key)), []);
  return { notices, dismiss };
}
