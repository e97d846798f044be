/** The events the renderer follows (common/events.ts), raised from the core's own changes. */
import type { EventSubscription } from '../common/events.js';
import type { Library } from './library/library.js';

/** Today one kind: the library changed. */
export function readerEvents(library: Library): EventSubscription {
  return (listener) => library.onChange((change) => listener({ type: 'libraryChanged', change }));
}
