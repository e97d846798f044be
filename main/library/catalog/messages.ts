/** What main and the catalog worker say to each other. */
import type { BrowseQuery, CatalogPage } from '../../../common/catalog.js';
import type { ApiError } from '../../../common/envelope.js';
import type { LibraryChange } from '../../../common/events.js';

export type CatalogRequest =
  | { readonly type: 'browse'; readonly id: number; readonly query: BrowseQuery }
  | { readonly type: 'changed'; readonly change: LibraryChange };

export type CatalogReply =
  | { readonly id: number; readonly ok: true; readonly page: CatalogPage }
  | { readonly id: number; readonly ok: false; readonly code: ApiError['code']; readonly message: string };
