import { createContext, useContext } from 'react';
import type { ReaderApi } from '../common/api';

/** Carries the `ReaderApi` chosen at start-up; hooks read it through `useApi()`. */
export const ApiContext = createContext<ReaderApi | null>(null);

/** The reader API; throws when no provider was set up, which is a programming error. */
export function useApi(): ReaderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext> provider');
  return api;
}
