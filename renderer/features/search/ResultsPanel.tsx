import { leadSectionId } from '../../../common/article';
import { useLanguage, useT } from '../../i18n/useT';
import { countText, type GroupedHits } from './results';
import type { SearchState } from './useSearch';

/**
 * The drop-down under the search box: a count or a state message, then the
 * results as a listbox grouped by article. Focus stays in the box (the box
 * points at the active option with aria-activedescendant), so options are
 * chosen with the mouse without taking focus. The listbox is what scrolls
 * (search.css): the box controls it, so the arrow keys reach every option.
 */
export function ResultsPanel({
  search,
  grouped,
  listId,
  optionId,
  activeIndex,
  onChoose,
}: {
  search: SearchState;
  grouped: GroupedHits;
  listId: string;
  optionId: (index: number) => string;
  activeIndex: number;
  onChoose: (index: number) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { answer } = search;
  return (
    <div className="panel-surface search-panel" data-pending={search.pending}>
      {answer === null && <p className="search-panel__message">{t('searchSearching')}</p>}
      {answer?.status === 'failed' && (
        <div className="search-panel__message search-panel__message--error">
          <p className="search-panel__title">{t('searchFailed')}</p>
          <p className="search-panel__detail">{answer.message}</p>
        </div>
      )}
      {answer?.status === 'ready' && answer.results.total === 0 && (
        <div className="search-panel__message search-panel__message--empty">
          <p className="search-panel__title">{t('searchNoResults', { query: answer.query })}</p>
          <p className="search-panel__detail">{t('searchNoResultsHint')}</p>
        </div>
      )}
      {answer?.status === 'ready' && answer.results.total > 0 && (
        <p className="search-panel__count">{countText(t, answer.results)}</p>
      )}
      {grouped.hits.length > 0 && (
        <div id={listId} className="search-panel__list" role="listbox" aria-label={t('searchResults')} aria-busy={search.pending}>
          {grouped.groups.map((group, groupIndex) => {
            const groupId = `${listId}-group-${groupIndex}`;
            // Articles are Thai (Article.lang); the messages around them are in the UI language.
            // Article text sits in <bdi>, so its direction cannot spill into what follows.
            return (
              <ul key={group.articleId} className="search-panel__group" role="group" aria-labelledby={groupId} lang="th">
                <li id={groupId} className="search-panel__article" role="presentation">
                  <bdi>{group.articleTitle}</bdi>
                </li>
                {group.hits.map(({ hit, index }) => (
                  <li
                    key={`${hit.articleId}/${hit.sectionId}`}
                    id={optionId(index)}
                    className="search-result"
                    role="option"
                    aria-selected={index === activeIndex}
                    // Keep focus in the box: the click chooses, the box stays the one place keys go.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onChoose(index)}
                  >
                    <span className="search-result__heading">
                      {hit.sectionId === leadSectionId ? <span lang={language}>{t('searchLead')}</span> : <bdi>{hit.heading}</bdi>}
                    </span>
                    <bdi className="search-result__excerpt">
                      {hit.excerpt.pre}
                      <mark className="search-result__match">{hit.excerpt.match}</mark>
                      {hit.excerpt.post}
                    </bdi>
                  </li>
                ))}
              </ul>
            );
          })}
        </div>
      )}
    </div>
  );
}
