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
