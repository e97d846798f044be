import type { Announcement } from '../bookmarks/useAnnouncer';

/** A polite live region for the library: imports started and ended, articles removed. */
export function LiveMessage({ announcement }: { announcement: Announcement }) {
  // A no-break space on every other message: saying the same words twice is still a change to announce.
  return (
    <p className="library-announcer visually-hidden" role="status">
      {announcement.text + (announcement.count % 2 === 1 ? '\u00a0' : '')}
    </p>
  );
}
