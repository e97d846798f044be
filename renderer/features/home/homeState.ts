/** What home keeps of itself in a history entry, so back and forward find it as it was left: the sort and the filter. */
import { catalogSorts, type CatalogSort } from '../../../common/catalog';

export interface HomeState {
  readonly sort: CatalogSort;
  readonly filter: string;
}

export const freshHome: HomeState = { sort: 'title', filter: '' };

/** Home's state as an entry kept it; anything else (an older entry, another view's) is a fresh home. */
export function homeStateOf(kept: unknown): HomeState {
  if (typeof kept !== 'object' || kept === null) return freshHome;
  const { sort, filter } = kept as Partial<Record<keyof HomeState, unknown>>;
  return {
    sort: catalogSorts.find((known) => known === sort) ?? freshHome.sort,
    filter: typeof filter === 'string' ? filter : freshHome.filter,
  };
}
