/**
 * From a section's flat paragraphs to what the page shows: plain paragraphs,
 * and lists made of runs of consecutive list items, nested by depth. Every
 * item keeps its paragraph's index, which is how bookmarks, search matches,
 * selections and reading positions address it.
 */
import type { Paragraph } from '../../../common/article';

/** A paragraph (by its index in the section), or a list. */
export type Block = { readonly kind: 'paragraph'; readonly index: number } | { readonly kind: 'list'; readonly list: ListBlock };

export interface ListBlock {
  readonly ordered: boolean;
  readonly items: readonly ListItemBlock[];
}

/** One item: its paragraph's index, and the lists nested under it. */
export interface ListItemBlock {
  readonly index: number;
  readonly lists: readonly ListBlock[];
}

interface BuildingList {
  readonly ordered: boolean;
  readonly items: { readonly index: number; readonly lists: BuildingList[] }[];
}

/** A list still taking items, with the depth (the model's) of its last item. */
interface OpenList {
  readonly list: BuildingList;
  depth: number;
}

/**
 * The blocks of `paragraphs`, in order. An item deeper than the one before
 * opens a list nested under that item — one level, however many the depth
 * jumps (1 → 3 nests as 1 → 2: the page has no item to hang a level between).
 * An item goes back to the innermost open list whose parent is shallower than
 * it; if that list is of the other kind (ordered, unordered), a new list
 * starts beside it. A paragraph that is no item ends every open list.
 */
export function paragraphBlocks(paragraphs: readonly Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let open: OpenList[] = [];
  paragraphs.forEach((paragraph, index) => {
    const item = paragraph.item;
    if (!item) {
      open = [];
      blocks.push({ kind: 'paragraph', index });
      return;
    }
    // Close the lists nested deeper than this item: those whose parent list already reaches its depth.
    while (open.length > 1 && open[open.length - 2]!.depth >= item.depth) open.pop();
    const innermost = open.at(-1);
    if (innermost && innermost.depth < item.depth) {
      const list: BuildingList = { ordered: item.ordered, items: [] };
      innermost.list.items.at(-1)!.lists.push(list);
      open.push({ list, depth: item.depth });
    } else if (!innermost || innermost.list.ordered !== item.ordered) {
      const list: BuildingList = { ordered: item.ordered, items: [] };
      open.pop();
      const parent = open.at(-1);
      if (parent) parent.list.items.at(-1)!.lists.push(list);
      else blocks.push({ kind: 'list', list });
      open.push({ list, depth: item.depth });
    } else {
      innermost.depth = item.depth;
    }
    open.at(-1)!.list.items.push({ index, lists: [] });
  });
  return blocks;
}
