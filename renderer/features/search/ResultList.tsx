import type { ReactNode } from 'react';
import { leadSectionId } from '../../../common/article';
import type { Excerpt, SearchHit, TitleMatch } from '../../../common/search';
import { useLanguage, useT } from '../../i18n/useT';
import type { BookmarkMatch } from './bookmarkSearch';
import type { ResultsLayout } from './results';

/** How the list names and marks its options: ids for aria-activedescendant, the active one, and choosing. */
export interface OptionProps {
  readonly optionId: (index: number) => string;
  readonly activeIndex: number;
  readonly onChoose: (index: number) => void;
}

/**
 * The results as one listbox: a group of the articles the query names, a
 * group of the bookmarks that hold it (`bookmarkTotal` counts them all, when
 * the list shows fewer), then a group per article of the sections that hold it. Focus stays in the box
 * (it points at the active option with aria-activedescendant), so options
 * are chosen with the mouse without taking focus. The listbox is what scrolls
 * (search.css): the box controls it, so the arrow keys reach every option.
 */
export function ResultList({
  layout,
  bookmarkTotal,
  listId,
  busy,
  ...options
}: { layout: ResultsLayout; bookmarkTotal: number; listId: string; busy: boolean } & OptionProps) {
  const t = useT();
  const language = useLanguage();
  const titlesId = `${listId}-titles`;
  const bookmarksId = `${listId}-bookmarks`;
  const bookmarksShown = layout.bookmarks.length;
  return (
    <div id={listId} className="search-panel__list" role="listbox" aria-label={t('searchResults')} aria-busy={busy}>
      {layout.titles.length > 0 && (
        <ul className="search-panel__group" role="group" aria-labelledby={titlesId}>
          <li id={titlesId} className="search-panel__group-heading" role="presentation" lang={language}>
            {t('searchTitles')}
          </li>
          {layout.titles.map(({ title, index }) => (
            <Option key={`title:${title.articleId}`} index={index} className="search-result search-result--title" {...options}>
              <TitleText title={title} />
            </Option>
          ))}
        </ul>
      )}
      {bookmarksShown > 0 && (
        <ul className="search-panel__group" role="group" aria-labelledby={bookmarksId}>
          <li id={bookmarksId} className="search-panel__group-heading" role="presentation" lang={language}>
            {t('searchBookmarks')}
            {bookmarkTotal > bookmarksShown && (
              <span className="search-panel__group-count"> ({t('searchBookmarksShown', { shown: bookmarksShown, count: bookmarkTotal })})</span>
            )}
          </li>
          {layout.bookmarks.map(({ match, index }) => (
            <Option
              key={`bookmark:${match.bookmark.id}`}
              index={index}
              className="search-result search-result--bookmark"
              disabled={match.bookmark.target === null}
              {...options}
            >
              <BookmarkText match={match} />
            </Option>
          ))}
        </ul>
      )}
      {layout.groups.map((group, groupIndex) => {
        const groupId = `${listId}-group-${groupIndex}`;
        // Articles are Thai (Article.lang); the messages around them are in the UI language.
        // Article text sits in <bdi>, so its direction cannot spill into what follows.
        return (
          <ul key={group.articleId} className="search-panel__group" role="group" aria-labelledby={groupId} lang="th">
            <li id={groupId} className="search-panel__group-heading search-panel__article" role="presentation">
              <bdi>{group.articleTitle}</bdi>
            </li>
            {group.hits.map(({ hit, index }) => (
              <Option key={`${hit.articleId}/${hit.sectionId}`} index={index} className="search-result" {...options}>
                <HitText hit={hit} />
              </Option>
            ))}
          </ul>
        );
      })}
    </div>
  );
}

function Option({
  index,
  className,
  disabled = false,
  optionId,
  activeIndex,
  onChoose,
  children,
}: { index: number; className: string; disabled?: boolean; children: ReactNode } & OptionProps) {
  return (
    <li
      id={optionId(index)}
      className={className}
      role="option"
      aria-selected={index === activeIndex}
      // Still reached by the arrow keys, so that it can say why it does not open.
      aria-disabled={disabled || undefined}
      // Keep focus in the box: the click chooses, the box stays the one place keys go.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(index)}
    >
      {children}
    </li>
  );
}

/** An article's title, and the other title of it that matched ("via …") when its own did not. */
function TitleText({ title }: { title: TitleMatch }) {
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <bdi className="search-result__title" lang="th">
        {title.title}
      </bdi>
      {title.alias !== undefined && (
        <span className="search-result__alias">
          <span lang={language}>{t('searchVia')}</span> <bdi lang="th">{title.alias}</bdi>
        </span>
      )}
    </>
  );
}

/** A section's heading ("Introduction" for the lead) and the excerpt with the match marked. */
function HitText({ hit }: { hit: SearchHit }) {
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <span className="search-result__heading">
        {hit.sectionId === leadSectionId ? <span lang={language}>{t('searchLead')}</span> : <bdi>{hit.heading}</bdi>}
      </span>
      <bdi className="search-result__excerpt">
        {hit.excerpt.pre}
        <mark className="search-result__match">{hit.excerpt.match}</mark>
        {hit.excerpt.post}
      </bdi>
    </>
  );
}

/** A bookmark: its label, the article it is in, and a snippet of its note (or quote) with the match marked. */
function BookmarkText({ match }: { match: BookmarkMatch }) {
  const t = useT();
  const language = useLanguage();
  const { bookmark, label, snippet } = match;
  const unavailable = bookmark.articleMissing ? t('bookmarkArticleNotInLibrary') : bookmark.target === null ? t('bookmarkMissing') : null;
  // The reader's words are in no known language; a label that is a heading, and an article title, are Thai.
  return (
    <>
      <bdi className="search-result__heading" lang={bookmark.name === '' ? 'th' : undefined}>
        <Marked excerpt={label} />
      </bdi>
      <span className="search-result__article">
        <bdi lang="th">{bookmark.articleTitle}</bdi>
        {unavailable !== null && (
          <span className="search-result__unavailable" lang={language}>
            {' · '}
            {unavailable}
          </span>
        )}
      </span>
      {snippet?.from === 'note' && (
        <bdi className="search-result__excerpt">
          <Marked excerpt={snippet.excerpt} />
        </bdi>
      )}
      {snippet?.from === 'quote' && (
        <q className="search-result__excerpt" lang="th">
          <bdi>
            <Marked excerpt={snippet.excerpt} />
          </bdi>
        </q>
      )}
    </>
  );
}

/** An excerpt, its match (if any) marked. */
function Marked({ excerpt }: { excerpt: Excerpt }) {
  return (
    <>
      {excerpt.pre}
      {excerpt.match !== '' && <mark className="search-result__match">{excerpt.match}</mark>}
      {excerpt.post}
    </>
  );
}
