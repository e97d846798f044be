/** The table of contents as a tree: subsections under the section they belong to. */
import type { Section } from '../../../common/article';

export interface OutlineEntry {
  readonly section: Section;
  readonly children: readonly OutlineEntry[];
}

interface BuildingEntry {
  readonly section: Section;
  readonly children: BuildingEntry[];
}

/**
 * The sections as a tree, in document order: each goes under the nearest
 * section before it of a lower level (an h4 right after an h2 goes under the
 * h2), or at the top when there is none (an article that starts with an h3).
 */
export function sectionOutline(sections: readonly Section[]): OutlineEntry[] {
  const roots: BuildingEntry[] = [];
  const open: BuildingEntry[] = [];
  for (const section of sections) {
    while (open.length > 0 && open.at(-1)!.section.level >= section.level) open.pop();
    const entry: BuildingEntry = { section, children: [] };
    (open.at(-1)?.children ?? roots).push(entry);
    open.push(entry);
  }
  return roots;
}

/** Each section's parent in the outline, by id; sections at the top have none. */
export function outlineParents(outline: readonly OutlineEntry[]): ReadonlyMap<string, string> {
  const parents = new Map<string, string>();
  const visit = (entry: OutlineEntry) => {
    for (const child of entry.children) {
      parents.set(child.section.id, entry.section.id);
      visit(child);
    }
  };
  outline.forEach(visit);
  return parents;
}

/** The sections `sectionId` is a subsection of, outermost first: [] at the top, or for an id the outline lacks. */
export function ancestorsOf(parents: ReadonlyMap<string, string>, sectionId: string): string[] {
  const chain: string[] = [];
  // Bounded by the map's size: a malformed map with a loop cannot hang.
  for (let id = parents.get(sectionId); id !== undefined && chain.length <= parents.size; id = parents.get(id)) chain.unshift(id);
  return chain;
}

/** Ids of the sections that have subsections (the ones that can collapse), in document order. */
export function branchIds(outline: readonly OutlineEntry[]): string[] {
  return outline.flatMap((entry) => (entry.children.length > 0 ? [entry.section.id, ...branchIds(entry.children)] : []));
}
