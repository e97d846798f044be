import { createContext, useContext, useEffect, useRef } from 'react';
import type { EventSubscription, ReaderEvent } from '../common/events';

/** Carries the event subscription chosen at start-up; hooks follow it through `useReaderEvent()`. */
export const EventsContext = createContext<EventSubscription | null>(null);

type EventOf<T extends ReaderEvent['type']> = Extract<ReaderEvent, { type: T }>;

/** Calls `handler` with each event of `type` from the main process while mounted. */
export function useReaderEvent<T extends ReaderEvent['type']>(type: T, handler: (event: EventOf<T>) => void): void {
  const subscribe = useContext(EventsContext);
  if (!subscribe) throw new Error('useReaderEvent() needs an <EventsContext> provider');
  // The latest handler, so a new one per render does not resubscribe.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === type) latest.current(event as EventOf<T>);
      }),
    [subscribe, type],
  );
}
