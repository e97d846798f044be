/**
 * The renderer's way to hear the main process's events (common/events.ts):
 * the preload's `onEvent` under Electron, one EventSource on `/api/events` in
 * browser mode. Either way there is one connection, shared by every listener,
 * and each event is checked against the contract before anyone sees it.
 */
import { eventsPath, readerEventSchema, type EventSubscription, type ReaderEvent } from '../common/events';
import { findBridge } from './api';

/** The events of whichever transport is present. */
export function getReaderEvents(): EventSubscription {
  const bridge = findBridge();
  return shared(bridge ? (deliver) => bridge.onEvent(deliver) : streamFrom(eventsPath));
}

/** Opens a source of raw events; answers a function that closes it. */
type RawSource = (deliver: (raw: unknown) => void) => () => void;

function streamFrom(path: string): RawSource {
  return (deliver) => {
    // EventSource reconnects by itself after an error.
    const source = new EventSource(path);
    source.onmessage = (message: MessageEvent<string>) => {
      let raw: unknown;
      try {
        raw = JSON.parse(message.data);
      } catch {
        console.warn('[aksorn] an event that is not JSON was ignored');
        return;
      }
      deliver(raw);
    };
    return () => source.close();
  };
}

/** One connection while anyone listens, checked events fanned out to each listener. */
function shared(open: RawSource): EventSubscription {
  const listeners = new Set<(event: ReaderEvent) => void>();
  let close: (() => void) | undefined;
  const deliver = (raw: unknown) => {
    const parsed = readerEventSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn('[aksorn] an event outside the contract was ignored');
      return;
    }
    for (const listener of [...listeners]) {
      // One listener failing must not keep the event from the others.
      try {
        listener(parsed.data);
      } catch (error) {
        reportError(error);
      }
    }
  };
  return (listener) => {
    listeners.add(listener);
    close ??= open(deliver);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        close?.();
        close = undefined;
      }
    };
  };
}
