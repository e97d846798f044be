import { createContext, useContext, useEffect, useRef } from 'react';
import type { EventSubscription, LibraryChange } from '../common/events';

/** Carries the event subscription chosen at start-up; hooks follow it through `useLibraryChanges()`. */
export const EventsContext = createContext<EventSubscription | null>(null);

/** Calls `onChange` after each change to the library (articles added, replaced or removed) while mounted. */
export function useLibraryChanges(onChange: (change: LibraryChange) => void): void {
  const subscribe = useContext(EventsContext);
  if (!subscribe) throw new Error('useLibraryChanges() needs an <EventsContext> provider');
  // The latest callback, so a new one per render does not resubscribe.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'libraryChanged') latest.current(event.change);
      }),
    [subscribe],
  );
}
