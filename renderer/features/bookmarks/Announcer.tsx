import type { Announcement } from './useAnnouncer';

/** The polite live region that says what happened to bookmarks ("Bookmark added"). */
export function Announcer({ announcement }: { announcement: Announcement }) {
  // A no-break space on every other message: saying the same words twice is still a change to announce.
  return (
    <p className="bookmark-announcer visually-hidden" role="status">
      {announcement.text + (announcement.count % 2 === 1 ? '\u00a0' : '')}
    </p>
  );
}
