/** Where the reader was, kept in the persistent store so the next start opens there. */
import type Conf from 'conf';
import type { ReadingPosition } from '../contract.js';
import type { PersistedState } from './schema.js';

export interface ReadingPositionStore {
  get(): ReadingPosition | null;
  set(position: ReadingPosition): void;
}

export function createReadingPositionStore(store: Conf<PersistedState>): ReadingPositionStore {
  return {
    get: () => store.get('readingPosition'),
    set: (position) => store.set('readingPosition', position),
  };
}
