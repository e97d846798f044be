import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { addressOf, placeOf, type Place } from '../../common/address';
import type { ReadingPosition } from '../../common/reading';

/**
 * Where on its page an entry was left: the reading position in an article
 * (which holds however the page lays out), and the scroll position.
 */
export interface Spot {
  readonly scrollY: number;
  readonly position?: ReadingPosition;
  /** What the view keeps of itself (home: its sort and filter), as it gave it. */
  readonly state?: unknown;
}

/** What the view shown does for the history: let go of its place when left, and say where on it the reader is. */
export interface HistoryView {
  leave(): void;
  spot(): Spot;
}

/** How the reader came to the place shown. */
export type Arrival =
  /** No address: the app's start, which opens where the reader last was (`fragment`: an older link's bare `#section`). */
  | { readonly kind: 'start'; readonly fragment: string }
  /** The reader went there from inside the app: where they stopped in it (`resume`), or at its start. */
  | { readonly kind: 'open'; readonly resume: boolean }
  /** An address opened from outside (typed, a deep link, a reload with no position to return to). */
  | { readonly kind: 'address' }
  /** Back or forward, or a reload: to the spot the reader left there. */
  | { readonly kind: 'return'; readonly spot: Spot };

/** One stay at a place; a new visit (a new id) even when the place is the same. */
export interface Visit {
  readonly id: number;
  /** Null: no address (the start). */
  readonly place: Place | null;
  readonly arrival: Arrival;
}

export interface ReaderHistory {
  readonly visit: Visit;
  /** Goes to a place, as a new history entry. */
  open(place: Place, options?: { readonly resume?: boolean }): void;
  /** Gives the place shown its address, without a new entry (the start article, a section jumped to). */
  name(place: Place): void;
  back(): void;
  forward(): void;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
}

/** What each history entry carries: a key that tells entries apart, and the spot it was last seen at. */
interface EntryState {
  readonly aksornEntry: string;
  readonly spot?: Spot;
}

function entryState(): EntryState | null {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && typeof (state as EntryState).aksornEntry === 'string' ? (state as EntryState) : null;
}

/** The current entry's key, giving it one if it has none (an address typed into the location bar). */
function currentKey(): string {
  const known = entryState();
  if (known) return known.aksornEntry;
  const key = crypto.randomUUID();
  history.replaceState({ aksornEntry: key } satisfies EntryState, '');
  return key;
}

/** The Navigation API where the engine has it (Chromium, and so Electron): whether back and forward lead anywhere. */
interface NavigationState extends EventTarget {
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
}
const navigationState = (window as { navigation?: NavigationState }).navigation;

/** How the reader came to the entry now current, given the spot it was left at (if known). */
function arrivalAt(place: Place | null, spot: Spot | undefined): Arrival {
  if (spot !== undefined) return { kind: 'return', spot };
  return place === null ? { kind: 'start', fragment: location.hash } : { kind: 'address' };
}

/**
 * The reader's own history over the browser's: each place it goes to is an
 * entry (`#/a/…`), so back and forward work the same in browser mode and in
 * the app, by keys, mouse buttons or toolbar. Each entry remembers the spot
 * it was left at, and going back returns there. `view` is the view shown:
 * it is left while still on the page (to save what belongs to it).
 */
export function useHistory(view: RefObject<HistoryView>): ReaderHistory {
  const [visit, setVisit] = useState<Visit>(() => {
    const place = placeOf(location.hash);
    return { id: 0, place, arrival: arrivalAt(place, entryState()?.spot) };
  });
  const [canGo, setCanGo] = useState(() => ({ back: navigationState?.canGoBack ?? true, forward: navigationState?.canGoForward ?? true }));
  // The entry shown: popstate has made another current by the time it is heard.
  const shownKey = useRef('');

  useEffect(() => {
    history.scrollRestoration = 'manual';
    shownKey.current = currentKey();
    // Each scroll, once it ends, is kept in the entry: back, forward and reload return there.
    const onScrollEnd = () => {
      if (entryState()?.aksornEntry === shownKey.current) history.replaceState({ aksornEntry: shownKey.current, spot: view.current.spot() } satisfies EntryState, '');
    };
    const onPop = () => {
      const key = currentKey();
      if (key === shownKey.current) return;
      view.current.leave();
      shownKey.current = key;
      const place = placeOf(location.hash);
      setVisit((old) => ({ id: old.id + 1, place, arrival: arrivalAt(place, entryState()?.spot) }));
    };
    // Each scroll's end replaces the entry, which fires this too: the page re-renders only when the answer changed.
    const onEntryChange = () =>
      setCanGo((old) => {
        const back = navigationState!.canGoBack;
        const forward = navigationState!.canGoForward;
        return old.back === back && old.forward === forward ? old : { back, forward };
      });
    window.addEventListener('scrollend', onScrollEnd);
    window.addEventListener('popstate', onPop);
    // A fragment typed into the location bar fires popstate in Chromium; hashchange covers engines that do not.
    window.addEventListener('hashchange', onPop);
    navigationState?.addEventListener('currententrychange', onEntryChange);
    return () => {
      window.removeEventListener('scrollend', onScrollEnd);
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
      navigationState?.removeEventListener('currententrychange', onEntryChange);
    };
  }, [view]);

  const open = useCallback((place: Place, { resume = false }: { readonly resume?: boolean } = {}) => {
    // The entry left keeps the spot it is left at.
    history.replaceState({ aksornEntry: shownKey.current, spot: view.current.spot() } satisfies EntryState, '');
    view.current.leave();
    const key = crypto.randomUUID();
    history.pushState({ aksornEntry: key } satisfies EntryState, '', addressOf(place));
    shownKey.current = key;
    setVisit((old) => ({ id: old.id + 1, place, arrival: { kind: 'open', resume } }));
  }, [view]);

  const name = useCallback((place: Place) => {
    if (location.hash !== addressOf(place)) history.replaceState(history.state, '', addressOf(place));
  }, []);

  const back = useCallback(() => history.back(), []);
  const forward = useCallback(() => history.forward(), []);

  return useMemo(
    () => ({ visit, open, name, back, forward, canGoBack: canGo.back, canGoForward: canGo.forward }),
    [visit, open, name, back, forward, canGo],
  );
}
