import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { collapsedAround, initiallyCollapsed } from './collapse';
import { branchIds, type OutlineEntry } from './outline';

/** Which sections of the TOC have their subsections collapsed, and the ways to change it. */
export interface TocFolding {
  readonly collapsed: ReadonlySet<string>;
  toggle(sectionId: string): void;
  expandAll(): void;
  collapseAll(): void;
  /** Opens the collapsed sections `sectionId` lies in, so that its entry shows. */
  reveal(sectionId: string): void;
}

/**
 * The TOC's folding, starting as `initiallyCollapsed` says for the outline's
 * length. One TOC shows one article (App keys it by the article), so the
 * state is the article's and starts afresh with another. An entry inside
 * `container` that has focus when a collapse hides it hands focus to the
 * entry that stays, holding it (the focus would fall to the page otherwise).
 */
export function useTocFolding(
  outline: readonly OutlineEntry[],
  parents: ReadonlyMap<string, string>,
  entryCount: number,
  container: RefObject<HTMLElement | null>,
): TocFolding {
  const [collapsed, setCollapsed] = useState(() => initiallyCollapsed(outline, entryCount));
  const branches = useMemo(() => branchIds(outline), [outline]);
  const refocus = useRef<string | null>(null);

  // Called before a collapse, while the focused entry is still on the page.
  const collapseTo = useCallback(
    (next: ReadonlySet<string>) => {
      const focused = document.activeElement;
      const item = focused && container.current?.contains(focused) ? focused.closest('[data-section]') : null;
      const id = item?.getAttribute('data-section');
      if (id) refocus.current = collapsedAround(parents, next, id)[0] ?? null;
      setCollapsed(next);
    },
    [container, parents],
  );

  useLayoutEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    refocus.current = null;
    container.current?.querySelector<HTMLElement>(`[data-section="${CSS.escape(id)}"] .toc__link`)?.focus();
  }, [collapsed, container]);

  const toggle = useCallback(
    (sectionId: string) => {
      const next = new Set(collapsed);
      if (next.has(sectionId)) next.delete(sectionId);
      else next.add(sectionId);
      collapseTo(next);
    },
    [collapsed, collapseTo],
  );
  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  const collapseAll = useCallback(() => collapseTo(new Set(branches)), [branches, collapseTo]);
  const reveal = useCallback(
    (sectionId: string) =>
      setCollapsed((old) => {
        const around = collapsedAround(parents, old, sectionId);
        if (around.length === 0) return old;
        const next = new Set(old);
        for (const id of around) next.delete(id);
        return next;
      }),
    [parents],
  );
  return { collapsed, toggle, expandAll, collapseAll, reveal };
}
