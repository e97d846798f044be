/** The events the renderer follows (common/events.ts), raised from the core's own changes. */
import type { EventSubscription } from '../common/events.js';
import type { ImportJobs } from './import/jobs.js';
import type { Library } from './library/library.js';
import type { NoticeBoard } from './notices.js';

/** The library changed; a notice was posted; an import moved on. */
export function readerEvents(library: Library, notices: NoticeBoard, imports: ImportJobs): EventSubscription {
  return (listener) => {
    const stops = [
      library.onChange((change) => listener({ type: 'libraryChanged', change })),
      notices.onPost((posted) => listener({ type: 'noticePosted', posted })),
      imports.onJob((job) => listener({ type: 'importProgress', job })),
    ];
    return () => stops.forEach((stop) => stop());
  };
}
