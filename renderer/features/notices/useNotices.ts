import { useCallback, useEffect, useState } from 'react';
import type { PostedNotice } from '../../../common/notices';
import { useApi } from '../../useApi';
import { useReaderEvent } from '../../useReaderEvents';

/** Loads the notices main has, adds those it posts while the app runs, and lets the reader dismiss them one by one, for good. */
export function useNotices(): { notices: readonly PostedNotice[]; dismiss(id: number): void } {
  const api = useApi();
  const [notices, setNotices] = useState<readonly PostedNotice[]>([]);
  const add = (more: readonly PostedNotice[]) =>
    setNotices((old) => [...old, ...more.filter((entry) => !old.some((shown) => shown.id === entry.id))].sort((a, b) => a.id - b.id));

  useReaderEvent('noticePosted', ({ posted }) => add([posted]));

  useEffect(() => {
    let live = true;
    api.getNotices().then(
      (list) => live && add(list),
      () => {
        // Notices are a courtesy: failing to fetch them must not get in the way of reading.
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const dismiss = useCallback(
    (id: number) => {
      setNotices((old) => old.filter((shown) => shown.id !== id));
      // Failing to forget it only means it shows again after a reload.
      api.dismissNotice(id).catch(() => {});
    },
    [api],
  );
  return { notices, dismiss };
}
