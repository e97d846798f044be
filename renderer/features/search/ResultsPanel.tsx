import { useLanguage, useT } from '../../i18n/useT';
import { summaryText } from './counts';
import { ResultList, type OptionProps } from './ResultList';
import type { ResultsLayout } from './results';
import { ScopeSwitch, type ScopeChoice } from './ScopeSwitch';
import type { SearchState } from './useSearch';

/**
 * The drop-down under the search box: the scope switch, a count or a state
 * message, the results (titles, bookmarks, sections), and "more results"
 * while the search may have more sections.
 */
export function ResultsPanel({
  search,
  onMore,
  layout,
  bookmarkTotal,
  scope,
  onScopeChange,
  listId,
  ...options
}: {
  search: SearchState;
  /** Asks for more results (the search's `more`, and whatever the box does around it). */
  onMore: () => void;
  layout: ResultsLayout;
  /** How many bookmarks hold the query (the layout may list fewer). */
  bookmarkTotal: number;
  scope: ScopeChoice;
  /** Null while no article is open: then only the library can be searched. */
  onScopeChange: ((scope: ScopeChoice) => void) | null;
  listId: string;
} & OptionProps) {
  const t = useT();
  const language = useLanguage();
  const { answer } = search;
  const results = answer?.status === 'ready' ? answer.shown.results : null;
  const summary = results ? summaryText(t, language, results, bookmarkTotal) : null;
  return (
    <div className="panel-surface search-panel" data-pending={search.pending}>
      {onScopeChange && <ScopeSwitch scope={scope} onChange={onScopeChange} />}
      {answer === null && <p className="search-panel__message">{t('searchSearching')}</p>}
      {answer?.status === 'failed' && (
        <div className="search-panel__message search-panel__message--error">
          <p className="search-panel__title">{t('searchFailed')}</p>
          <p className="search-panel__detail">{answer.message}</p>
        </div>
      )}
      {answer?.status === 'ready' && summary === null && (
        <div className="search-panel__message search-panel__message--empty">
          <p className="search-panel__title">{t('searchNoResults', { query: answer.query })}</p>
          <p className="search-panel__detail">{t('searchNoResultsHint')}</p>
        </div>
      )}
      {summary !== null && <p className="search-panel__count">{summary}</p>}
      {layout.items.length > 0 && (
        <ResultList layout={layout} bookmarkTotal={bookmarkTotal} listId={listId} busy={search.pending || search.loadingMore} {...options} />
      )}
      {search.moreError !== null && (
        <p className="search-panel__detail search-panel__more-error" role="alert">
          {t('searchMoreFailed', { message: search.moreError })}
        </p>
      )}
      {search.hasMore && (
        <button
          type="button"
          className="button button--quiet button--small search-panel__more"
          aria-disabled={search.loadingMore}
          // As in the list: a click keeps focus in the box.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onMore}
        >
          {search.loadingMore ? t('searchLoadingMore') : t('searchMore')}
        </button>
      )}
    </div>
  );
}
