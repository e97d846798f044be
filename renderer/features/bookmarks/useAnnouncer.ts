import { useCallback, useState } from 'react';

/** A message for the live region; `count` tells repeats of the same words apart. */
export interface Announcement {
  readonly text: string;
  readonly count: number;
}

/** What the polite live region says, and the way to make it say something. */
export function useAnnouncer(): { announcement: Announcement; announce(text: string): void } {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((old) => ({ text, count: old.count + 1 })), []);
  return { announcement, announce };
}
