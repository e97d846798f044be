import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ResolvedBookmark } from '../../../common/bookmarks';
import { PanelHeader } from '../../components/PanelHeader';
import { useLanguage, useT } from '../../i18n/useT';
import { BookmarkFiles } from './BookmarkFiles';
import { BookmarkItem } from './BookmarkItem';
import { filterBookmarks, groupByArticle } from './listing';
import { useBookmarkFiles } from './useBookmarkFiles';
import type { BookmarkData } from './useBookmarks';
import './bookmarks.css';

/**
 * The bookmarks side panel (a complementary landmark): a filter, export and
 * import, and every bookmark grouped by article. Opening it focuses the filter.
 */
export function BookmarksPanel({
  id,
  data,
  onJump,
  onUpdate,
  onRemove,
  onClose,
}: {
  id: string;
  data: BookmarkData;
  onJump: (bookmark: ResolvedBookmark) => void;
  onUpdate: (id: string, patch: { readonly name: string; readonly note: string }) => Promise<void>;
  onRemove: (id: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const [query, setQuery] = useState('');
  const files = useBookmarkFiles(data);
  const filterField = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    filterField.current?.focus();
  }, []);

  const shown = useMemo(() => filterBookmarks(data.list, query), [data.list, query]);
  const groups = useMemo(() => groupByArticle(shown), [shown]);
  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);

  // The deleted entry had focus: keep it in the panel rather than let it fall to the page.
  const remove = (bookmarkId: string) => {
    list.current?.focus();
    onRemove(bookmarkId);
  };

  return (
    <aside id={id} className="panel-surface bookmarks-panel" aria-labelledby={titleId}>
      <PanelHeader titleId={titleId} title={t('bookmarksPanel')} closeLabel={t('bookmarksClose')} onClose={onClose} />
      <input
        ref={filterField}
        className="bookmarks-panel__filter"
        type="search"
        aria-label={t('bookmarksFilter')}
        placeholder={t('bookmarksFilterPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <BookmarkFiles outcome={files.outcome} busy={files.busy} onExport={files.exportAs} onImport={files.importFile} />
      <div ref={list} className="bookmarks-panel__list" tabIndex={-1} aria-busy={data.status === 'loading'}>
        {data.status === 'loading' && <p className="bookmarks-panel__message">{t('bookmarksLoading')}</p>}
        {data.status === 'error' && (
          <div className="bookmarks-panel__message bookmarks-panel__message--error" role="alert">
            <p className="bookmarks-panel__message-title">{t('bookmarksLoadFailed')}</p>
            <p className="bookmarks-panel__message-detail">{data.loadError}</p>
            <button type="button" className="button button--quiet button--small" onClick={data.reload}>
              {t('retry')}
            </button>
          </div>
        )}
        {data.status === 'ready' && data.list.length === 0 && (
          <div className="bookmarks-panel__message">
            <p className="bookmarks-panel__message-title">{t('bookmarksEmpty')}</p>
            <p className="bookmarks-panel__message-detail">{t('bookmarksEmptyHint')}</p>
          </div>
        )}
        {data.list.length > 0 && shown.length === 0 && (
          <p className="bookmarks-panel__message">{t('bookmarksNoMatch', { query: query.trim() })}</p>
        )}
        {groups.map((group) => (
          <div key={group.articleId} className="bookmarks-panel__group">
            <h3 className="bookmarks-panel__article" data-missing={group.articleMissing}>
              <bdi lang="th">{group.articleTitle}</bdi>
              {/* Part of the heading, so a screen reader hears it with the title. */}
              {group.articleMissing && (
                <>
                  {' '}
                  <span className="badge bookmarks-panel__absent">{t('bookmarkArticleNotInLibrary')}</span>
                </>
              )}
            </h3>
            <ul className="bookmarks-panel__items">
              {group.bookmarks.map((bookmark) => (
                <li key={bookmark.id} className="bookmarks-panel__item">
                  <BookmarkItem
                    bookmark={bookmark}
                    formatDate={formatDate}
                    onJump={onJump}
                    onUpdate={onUpdate}
                    onRemove={remove}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </aside>
  );
}
