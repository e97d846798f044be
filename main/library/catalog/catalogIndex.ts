/**
 * The library's titles in memory, in the orders the home view lists them:
 * by title (Thai collation) and newest addition first. Building it sorts
 * every title once (about a second for 170,000: it runs in the catalog
 * worker); after that a change costs a merge of the few articles it touched,
 * and a filter is a scan of the folded titles (milliseconds).
 */
import { fold } from '../../search/fold.js';

/** One article as the catalog sorts and filters it; the rest of its summary is read per page. */
export interface CatalogItem {
  readonly rowid: number;
  readonly id: string;
  readonly title: string;
  /** The title folded as search folds it (case, Latin accents, Thai digits). */
  readonly folded: string;
  /** ISO 8601, so that text order is time order. */
  readonly addedAt: string;
}

/** An article row, as the catalog reads it from the library database. */
export interface CatalogRow {
  readonly rowid: number;
  readonly id: string;
  readonly title: string;
  readonly addedAt: string;
}

const collator = new Intl.Collator('th');

/** Thai collation; titles that compare equal keep library order, so the order is total and stable. */
export function byTitle(a: CatalogItem, b: CatalogItem): number {
  return collator.compare(a.title, b.title) || a.rowid - b.rowid;
}

/** Newest addition first; articles added in the same instant, the later entry first. */
export function byAdded(a: CatalogItem, b: CatalogItem): number {
  return a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : b.rowid - a.rowid;
}

export function itemOf(row: CatalogRow): CatalogItem {
  return { rowid: row.rowid, id: row.id, title: row.title, folded: fold(row.title), addedAt: row.addedAt };
}

/** `sorted` with the (sorted) `added` merged in: linear, where sorting all again would take a second at 170,000. */
export function mergeSorted(sorted: readonly CatalogItem[], added: readonly CatalogItem[], compare: (a: CatalogItem, b: CatalogItem) => number): CatalogItem[] {
  const merged: CatalogItem[] = new Array<CatalogItem>(sorted.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < added.length) {
    const a = sorted[i] as CatalogItem;
    const b = added[j] as CatalogItem;
    if (compare(a, b) <= 0) {
      merged[k++] = a;
      i++;
    } else {
      merged[k++] = b;
      j++;
    }
  }
  while (i < sorted.length) merged[k++] = sorted[i++] as CatalogItem;
  while (j < added.length) merged[k++] = added[j++] as CatalogItem;
  return merged;
}

/** The words of a filter, folded: an article matches when its folded title holds every one. */
export function filterTerms(filter: string): string[] {
  const terms = new Set<string>();
  for (const chunk of filter.normalize('NFC').split(/\s+/u)) {
    const term = fold(chunk);
    if (term !== '') terms.add(term);
  }
  return [...terms];
}

/** The items whose titles hold every term, in the order given. */
export function matching(items: readonly CatalogItem[], terms: readonly string[]): readonly CatalogItem[] {
  if (terms.length === 0) return items;
  const [first, ...rest] = terms as [string, ...string[]];
  const found: CatalogItem[] = [];
  for (const item of items) {
    if (item.folded.includes(first) && rest.every((term) => item.folded.includes(term))) found.push(item);
  }
  return found;
}

export class CatalogIndex {
  private titleOrder: readonly CatalogItem[];
  private addedOrder: readonly CatalogItem[];
  private readonly byId = new Map<string, CatalogItem>();
  /** Grows with every change, so that what was computed from the index can tell it is out of date. */
  version = 0;

  constructor(rows: readonly CatalogRow[]) {
    const items = rows.map(itemOf);
    for (const item of items) this.byId.set(item.id, item);
    this.titleOrder = [...items].sort(byTitle);
    this.addedOrder = items.sort(byAdded);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The largest rowid held: rows past it entered the library since. */
  get maxRowid(): number {
    let max = 0;
    for (const item of this.byId.values()) if (item.rowid > max) max = item.rowid;
    return max;
  }

  item(id: string): CatalogItem | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  byTitle(): readonly CatalogItem[] {
    return this.titleOrder;
  }

  byAdded(): readonly CatalogItem[] {
    return this.addedOrder;
  }

  /** Takes the articles out (those it does not hold are ignored). */
  remove(ids: Iterable<string>): void {
    const gone = new Set<CatalogItem>();
    for (const id of ids) {
      const item = this.byId.get(id);
      if (!item) continue;
      gone.add(item);
      this.byId.delete(id);
    }
    if (gone.size === 0) return;
    this.titleOrder = this.titleOrder.filter((item) => !gone.has(item));
    this.addedOrder = this.addedOrder.filter((item) => !gone.has(item));
    this.version++;
  }

  /** Puts the rows in, replacing any the index holds under the same id (a re-import may change the title). */
  add(rows: readonly CatalogRow[]): void {
    if (rows.length === 0) return;
    this.remove(rows.map((row) => row.id));
    const items = rows.map(itemOf);
    for (const item of items) this.byId.set(item.id, item);
    this.titleOrder = mergeSorted(this.titleOrder, [...items].sort(byTitle), byTitle);
    this.addedOrder = mergeSorted(this.addedOrder, items.sort(byAdded), byAdded);
    this.version++;
  }
}
