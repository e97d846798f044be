import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ResolvedBookmark } from '../../../common/bookmarks';
import type { SearchHit } from '../../../common/search';
import { CloseIcon, SearchIcon } from '../../components/icons';
import { useLanguage, useT } from '../../i18n/useT';
import { noBookmarkResults, searchableBookmarks, searchBookmarks } from './bookmarkSearch';
import { summaryText } from './counts';
import type { ShownResults } from './pages';
import { ResultsPanel } from './ResultsPanel';
import { canChoose, itemKey, layoutResults } from './results';
import type { ScopeChoice } from './ScopeSwitch';
import { useReturnPoint } from './useReturnPoint';
import { useSearch } from './useSearch';
import { useCommand } from '../shortcuts/useKeymap';
import './search.css';

// Generous for any real query; keeps a pasted page from becoming one.
const maxQueryLength = 500;
// Bookmarks listed at most: a screenful among the other results (the bookmarks panel lists them all).
const maxBookmarks = 20;

/**
 * The search box in the banner: a combobox whose results appear as you type,
 * from the whole library or the open article: titles, the reader's bookmarks
 * and notes (those of the open article only, in its scope), and sections.
 * Arrow keys move the active result across every group, Enter chooses it,
 * Escape clears the box and takes the reader back to where they were when
 * they started searching.
 */
export function SearchBox({
  articleId,
  fallbackFocusId,
  bookmarks,
  onChooseHit,
  onChooseTitle,
  onChooseBookmark,
}: {
  /** The article open in the reader ("this article"), or null while there is none. */
  articleId: string | null;
  /** Where focus goes on Escape when the element that had it before is gone. */
  fallbackFocusId: string;
  /** Every bookmark (useBookmarks' list), searched here as the reader types. */
  bookmarks: readonly ResolvedBookmark[];
  onChooseHit: (hit: SearchHit) => void;
  /** An article the query names, to open at its top. */
  onChooseTitle: (articleId: string) => void;
  /** A bookmark to open at its place (only one that has a place: its target is not null). */
  onChooseBookmark: (bookmark: ResolvedBookmark) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [scope, setScope] = useState<ScopeChoice>('library');
  const search = useSearch(query, scope === 'article' ? articleId : null);
  const returnPoint = useReturnPoint(fallbackFocusId);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = useCallback((index: number) => `${listId}-option-${index}`, [listId]);

  const focusBox = useCallback(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  // /, Ctrl/Cmd+K and Ctrl/Cmd+F (features/shortcuts/keymap.ts) focus this box while it is there.
  useCommand('focusSearch', focusBox);

  const answer = search.answer;
  const shown = answer?.status === 'ready' ? answer.shown : null;
  // For the query the shown answer is for, so that every group answers the same query.
  const shownQuery = shown && answer ? answer.query : null;
  const searching = shownQuery !== null;
  // Only while there is something to search: the list changes while the box is closed too.
  const searchable = useMemo(() => (searching ? searchableBookmarks(bookmarks) : []), [bookmarks, searching]);
  const bookmarkScope = scope === 'article' ? articleId : null;
  const found = useMemo(
    () => (shownQuery === null ? noBookmarkResults : searchBookmarks(searchable, shownQuery, { articleId: bookmarkScope, limit: maxBookmarks })),
    [searchable, shownQuery, bookmarkScope],
  );
  const layout = useMemo(
    () => layoutResults(shown?.results.titles ?? [], found.matches, shown?.results.hits ?? []),
    [shown, found],
  );
  // The active result belongs to one query's answer, named by its key: it stays put when "more results" adds around it.
  const [active, setActive] = useState<{ answer: string; item: string } | null>(null);
  const activeIndex =
    active && active.answer === answer?.key ? layout.items.findIndex((item) => itemKey(item) === active.item) : -1;

  // A page "more results" brought: its first new hit becomes the active result.
  const [seen, setSeen] = useState<ShownResults | null>(shown);
  const newest = shown && shown.newestFrom > 0 ? shown.results.hits[shown.newestFrom] : undefined;
  if (shown !== seen) {
    setSeen(shown);
    if (newest && answer) setActive({ answer: answer.key, item: itemKey({ kind: 'hit', hit: newest }) });
  }
  // …in view, and with focus back in the box when it was on the button (which may be gone now), so the arrow keys go on from there.
  const refocus = useRef(false);
  const more = () => {
    refocus.current = document.activeElement !== input.current;
    search.more();
  };
  const newestIndex = newest ? layout.items.findIndex((item) => item.kind === 'hit' && item.hit === newest) : -1;
  useEffect(() => {
    if (newestIndex < 0) return;
    document.getElementById(optionId(newestIndex))?.scrollIntoView({ block: 'nearest' });
    if (refocus.current) input.current?.focus();
    refocus.current = false;
  }, [shown, newestIndex, optionId]);

  const open = expanded && query.trim() !== '';
  const listed = open && layout.items.length > 0;
  // Enter pressed before the query was answered: the best result for that query, once it arrives.
  const enterFor = useRef<string | null>(null);

  const choose = useCallback(
    (index: number) => {
      const item = layout.items[index];
      // A bookmark that leads nowhere stays listed, saying why.
      if (!item || !canChoose(item)) return;
      setExpanded(false);
      if (item.kind === 'title') onChooseTitle(item.title.articleId);
      else if (item.kind === 'bookmark') onChooseBookmark(item.match.bookmark);
      else onChooseHit(item.hit);
    },
    [layout, onChooseHit, onChooseTitle, onChooseBookmark],
  );
  // Enter with nothing active takes the best result that leads somewhere.
  const chooseBest = useCallback(() => choose(layout.items.findIndex(canChoose)), [choose, layout]);

  useEffect(() => {
    if (enterFor.current === null || search.pending || answer?.query !== enterFor.current) return;
    enterFor.current = null;
    chooseBest();
  }, [answer, search.pending, chooseBest]);

  const leave = () => {
    enterFor.current = null;
    setQuery('');
    setExpanded(false);
    returnPoint.restore();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = layout.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (query.trim() === '') return;
      event.preventDefault();
      if (!open) {
        setExpanded(true);
        return;
      }
      if (count === 0 || !answer) return;
      const by = event.key === 'ArrowDown' ? 1 : -1;
      const from = activeIndex === -1 ? (by === 1 ? -1 : count) : activeIndex;
      const index = (from + by + count) % count;
      const item = layout.items[index];
      if (item) setActive({ answer: answer.key, item: itemKey(item) });
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      // The results on screen may answer an older query: Enter means the query as typed now.
      if (search.pending) enterFor.current = query.trim();
      else if (activeIndex >= 0) choose(activeIndex);
      else chooseBest();
    }
  };

  // Escape anywhere in the search (the box, the scope switch, "more results") leaves it.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    // Escape here is the search's: the TOC overlay must not close on it too.
    event.stopPropagation();
    leave();
  };

  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    // Moving between the box and its own controls is still the same search.
    if (!root.current?.contains(event.relatedTarget)) returnPoint.save(event.relatedTarget);
    setExpanded(true);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (root.current?.contains(event.relatedTarget)) return;
    enterFor.current = null;
    setExpanded(false);
  };

  const clear = () => {
    setQuery('');
    input.current?.focus();
  };

  const announcement =
    !open || search.pending || !answer
      ? ''
      : answer.status === 'failed'
        ? t('searchFailed')
        : (summaryText(t, language, answer.shown.results, found.total) ?? t('searchNoResults', { query: answer.query }));

  return (
    <div ref={root} className="search" role="search" aria-label={t('searchLandmark')} onBlur={onBlur} onKeyDown={onSearchKeyDown}>
      <div className="search__field">
        <SearchIcon />
        <input
          ref={input}
          className="search__input"
          type="text"
          role="combobox"
          aria-label={t('searchField')}
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={listed ? listId : undefined}
          aria-activedescendant={listed && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-keyshortcuts="Control+K Meta+K Control+F Meta+F /"
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={maxQueryLength}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setExpanded(true);
            enterFor.current = null;
          }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        />
        {query !== '' && (
          <button type="button" className="icon-button search__clear" aria-label={t('searchClear')} title={t('searchClear')} onClick={clear}>
            <CloseIcon />
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {open && (
        <ResultsPanel
          search={search}
          onMore={more}
          layout={layout}
          bookmarkTotal={found.total}
          scope={scope}
          onScopeChange={articleId === null ? null : setScope}
          listId={listId}
          optionId={optionId}
          activeIndex={activeIndex}
          onChoose={choose}
        />
      )}
    </div>
  );
}
