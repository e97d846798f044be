/**
 * Removed articles kept in memory for a while, so that the remove's Undo can
 * put them back exactly (rowsOf / putBack in articleRows.ts).
 *
 * Why main keeps them rather than the window holding the removal back until
 * its toast goes: a removal takes effect at once everywhere — search stops
 * finding the article, links to it show it missing, other windows' lists drop
 * it — and it stays done if the window is closed or reloaded while the toast
 * is up; a deferred removal would be undone silently by either. The cost is
 * a few removed articles in memory, bounded in number and age.
 */
import type { RemovedRows } from './articleRows.js';

/** Removed articles kept at most: undo is for the last few removals, not a recycle bin. */
export const keptRemovals = 8;
/** How long a removal can be undone: far longer than the toast shows, which waits while hovered or focused. */
export const keptRemovalMs = 15 * 60 * 1000;

export class RemovedShelf {
  private readonly kept = new Map<string, { readonly rows: RemovedRows; readonly at: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  keep(rows: RemovedRows): void {
    this.forgetOld();
    this.kept.delete(rows.article.id);
    this.kept.set(rows.article.id, { rows, at: this.now() });
    if (this.kept.size > keptRemovals) this.kept.delete(this.kept.keys().next().value as string);
  }

  /** The removed article's rows, if it is still kept; they are no longer kept after. */
  take(id: string): RemovedRows | undefined {
    this.forgetOld();
    const entry = this.kept.get(id);
    this.kept.delete(id);
    return entry?.rows;
  }

  /** Puts rows taken back on the shelf (their restore failed), as the newest. */
  putBack(rows: RemovedRows): void {
    this.keep(rows);
  }

  private forgetOld(): void {
    const oldest = this.now() - keptRemovalMs;
    for (const [id, { at }] of this.kept) if (at < oldest) this.kept.delete(id);
  }
}
