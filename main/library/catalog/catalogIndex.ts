/**
 * The library's titles in memory, in the orders the home view lists them:
 * by title (Thai collation) and newest addition first. Building it sorts
 * every title once (about a second for 170,000: it runs in the catalog
 * worker); after that a change costs a merge of the few articles it touched,
 * and a filter is a scan of the folded titles (milliseconds).
 */
import { fold } from '../../../common/fold.js';

/** One article as the catalog sorts and filters it; the rest of its summary is read per page. */
export interface CatalogItem {
  readonly rowid: number;
  readonly id: string;
  readonly title: string;
  /** The title folded as search folds it (case, Latin accents, Thai digits). */
  readonly folded: string;
  /** ISO 8601, so that text order is time order. */
  readonly addedAt: string;
  /** Its line in the index's title text (set when that text is made): how a filter marks it. */
  line: number;
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
  return { rowid: row.rowid, id: row.id, title: row.title, folded: fold(row.title), addedAt: row.addedAt, line: -1 };
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

/**
 * The folded titles in title order as one string, a line each, and where each
 * starts: a filter is indexOf over it. The string is one byte a character
 * (oneByte below), which V8 searches far faster: over 170,000 titles, 1.5–2 ms
 * for a Thai term where the same search of the UTF-16 text took 10–15 ms, and
 * `includes` on each title 25–100 ms (npm run bench:home).
 */
interface TitleText {
  readonly text: string;
  /** starts[i]: where the i-th title in title order starts; one more at the end. */
  readonly starts: Int32Array;
  readonly version: number;
}

/** The character that stands for every one outside ASCII and the Thai block, in one-byte text. */
const elsewhere = 0x7f;

/**
 * Folded text as one byte a UTF-16 unit: ASCII as it is, the Thai block
 * (U+0E00–U+0E7F, 128 characters) as 0x80–0xFF, anything else as `elsewhere`
 * (folded text has no DEL of its own). Exact for Thai and ASCII; a term
 * holding another character is checked against the folded title itself.
 */
export function oneByte(text: string): string {
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 ? code : code >= 0x0e00 && code < 0x0e80 ? code - 0x0e00 + 0x80 : elsewhere;
  }
  return bytes.toString('latin1');
}

/** One pass over the items: at 170,000, each pass costs some 20 ms of reading scattered objects. */
function titleTextOf(items: readonly CatalogItem[], version: number): TitleText {
  const starts = new Int32Array(items.length + 1);
  const lines = new Array<string>(items.length);
  let at = 0;
  items.forEach((item, i) => {
    item.line = i;
    starts[i] = at;
    lines[i] = item.folded;
    at += item.folded.length + 1;
  });
  starts[items.length] = at;
  return { text: oneByte(lines.join('\n')), starts, version };
}

/**
 * The line of `text` that position `at` is on, looking from line `from` on
 * (matches come in order): a few steps ahead, else a binary search. Where a
 * letter is in half the titles, stepping beats searching each time.
 */
function lineAt(starts: Int32Array, at: number, from = 0): number {
  for (let line = from, steps = 0; steps < 8; line++, steps++) {
    if ((starts[line + 1] as number) > at) return line;
  }
  let low = from;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

export class CatalogIndex {
  private titleOrder: readonly CatalogItem[];
  private titleText: TitleText | undefined;
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

  /** The items of `order` (byTitle, byAdded or a list made of them) whose titles hold every term, in that order. */
  matching(order: readonly CatalogItem[], terms: readonly string[]): readonly CatalogItem[] {
    if (terms.length === 0) return order;
    const { text, starts } = this.prepareFilter();
    const encoded = terms.map(oneByte);
    const [first, ...rest] = encoded as [string, ...string[]];
    const holdsTheRest = (line: number) =>
      rest.every((term) => {
        const found = text.indexOf(term, starts[line]);
        return found >= 0 && found + term.length < (starts[line + 1] as number);
      });
    // A term with a character outside ASCII and Thai matched one that merely stands for it: check the title itself.
    const inexact = terms.filter((_, i) => (encoded[i] as string).includes(String.fromCharCode(elsewhere)));
    const holdsExactly = (line: number) => inexact.every((term) => (this.titleOrder[line] as CatalogItem).folded.includes(term));
    const checked = rest.length > 0 || inexact.length > 0;
    const lines: number[] = [];
    let line = 0;
    let at = text.indexOf(first);
    while (at >= 0) {
      line = lineAt(starts, at, line);
      if (!checked || (holdsTheRest(line) && holdsExactly(line))) lines.push(line);
      // On from the next title: one match a title is enough.
      line++;
      at = text.indexOf(first, starts[line]);
    }
    if (order === this.titleOrder) return lines.map((line) => this.titleOrder[line] as CatalogItem);
    const matched = new Uint8Array(this.titleOrder.length);
    for (const line of lines) matched[line] = 1;
    return order.filter((item) => matched[item.line] === 1);
  }

  /** Makes what a filter scans (some 50 ms at 170,000 titles), unless it is up to date; the worker does it while idle. */
  prepareFilter(): TitleText {
    if (this.titleText?.version !== this.version) this.titleText = titleTextOf(this.titleOrder, this.version);
    return this.titleText;
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
