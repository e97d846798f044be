/** Which TOC entries are folded away, and which entry shows where the reader is. */
import { ancestorsOf, branchIds, type OutlineEntry } from './outline';

/**
 * Up to this many entries, a TOC starts with every subsection shown; past it
 * (a long article), it starts with them collapsed, so the sections fit in a
 * screen or two and the reader opens only what they need.
 */
export const collapseAbove = 30;

/** The sections whose subsections start collapsed: every one that has some in a long article, none in a short one. */
export function initiallyCollapsed(outline: readonly OutlineEntry[], entryCount: number): ReadonlySet<string> {
  return new Set(entryCount > collapseAbove ? branchIds(outline) : []);
}

/** The collapsed sections `sectionId` lies inside, outermost first: what must open for its entry to show. */
export function collapsedAround(
  parents: ReadonlyMap<string, string>,
  collapsed: ReadonlySet<string>,
  sectionId: string,
): string[] {
  return ancestorsOf(parents, sectionId).filter((id) => collapsed.has(id));
}

/**
 * The entry that stands for `sectionId` in the TOC as it is folded: its own,
 * or, when it is inside a collapsed section, the outermost collapsed one (the
 * entry that is shown and holds it).
 */
export function shownEntryFor(
  parents: ReadonlyMap<string, string>,
  collapsed: ReadonlySet<string>,
  sectionId: string,
): string {
  return collapsedAround(parents, collapsed, sectionId)[0] ?? sectionId;
}
