import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { SearchHit, SearchResults } from '../../../common/search';
import { CloseIcon, SearchIcon } from '../../components/icons';
import { useT } from '../../i18n/useT';
import { ResultsPanel } from './ResultsPanel';
import { countText, groupByArticle } from './results';
import { useReturnPoint } from './useReturnPoint';
import { useSearch } from './useSearch';
import { useCommand } from '../shortcuts/useKeymap';
import './search.css';

// Generous for any real query; keeps a pasted page from becoming one.
const maxQueryLength = 500;

/**
 * The search box in the banner: a combobox whose results appear as you type.
 * Arrow keys move the active result, Enter chooses it, Escape clears the box
 * and takes the reader back to where they were when they started searching.
 */
export function SearchBox({
  fallbackFocusId,
  onChoose,
}: {
  /** Where focus goes on Escape when the element that had it before is gone. */
  fallbackFocusId: string;
  onChoose: (hit: SearchHit) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const search = useSearch(query);
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

  const results = search.answer?.status === 'ready' ? search.answer.results : null;
  const grouped = useMemo(() => groupByArticle(results?.hits ?? []), [results]);
  // The active result belongs to one answer: a new answer starts with none active.
  const [active, setActive] = useState<{ results: SearchResults | null; index: number }>({ results: null, index: -1 });
  const activeIndex = active.results === results ? active.index : -1;

  const open = expanded && query.trim() !== '';
  const listed = open && grouped.hits.length > 0;
  // Enter pressed before the query was answered: the best result for that query, once it arrives.
  const enterFor = useRef<string | null>(null);

  const choose = useCallback(
    (index: number) => {
      const hit = grouped.hits[index];
      if (!hit) return;
      setExpanded(false);
      onChoose(hit);
    },
    [grouped, onChoose],
  );

  useEffect(() => {
    if (enterFor.current === null || search.answer?.query !== enterFor.current) return;
    enterFor.current = null;
    choose(0);
  }, [search.answer, choose]);

  const leave = () => {
    enterFor.current = null;
    setQuery('');
    setExpanded(false);
    returnPoint.restore();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = grouped.hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (query.trim() === '') return;
      event.preventDefault();
      if (!open) {
        setExpanded(true);
        return;
      }
      if (count === 0) return;
      const by = event.key === 'ArrowDown' ? 1 : -1;
      const from = activeIndex === -1 ? (by === 1 ? -1 : count) : activeIndex;
      const index = (from + by + count) % count;
      setActive({ results, index });
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      // The results on screen may answer an older query: Enter means the query as typed now.
      if (search.pending) enterFor.current = query.trim();
      // Enter with nothing active takes the best result.
      else choose(Math.max(activeIndex, 0));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // Escape here is the search's: the TOC overlay must not close on it too.
      event.stopPropagation();
      leave();
    }
  };

  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    // Moving between the box and its own clear button is still the same search.
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

  const answer = search.answer;
  const announcement =
    !open || search.pending || !answer
      ? ''
      : answer.status === 'failed'
        ? t('searchFailed')
        : answer.results.total === 0
          ? t('searchNoResults', { query: answer.query })
          : countText(t, answer.results);

  return (
    <div ref={root} className="search" role="search" aria-label={t('searchLandmark')} onBlur={onBlur}>
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
          grouped={grouped}
          listId={listId}
          optionId={optionId}
          activeIndex={activeIndex}
          onChoose={choose}
        />
      )}
    </div>
  );
}
