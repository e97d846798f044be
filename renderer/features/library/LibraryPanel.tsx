import { useEffect, useId, useMemo, useRef } from 'react';
import type { ArticleSummary } from '../../../common/article';
import { ImportIcon } from '../../components/icons';
import { PanelHeader } from '../../components/PanelHeader';
import { useLanguage, useT } from '../../i18n/useT';
import { useApi } from '../../useApi';
import { countText, formatCount } from './format';
import { ImportErrors } from './ImportErrors';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { isFinished } from './jobs';
import { LibraryArticle } from './LibraryArticle';
import { useLibraryList } from './useLibraryList';
import type { Imports } from './useImports';
import './library.css';

/** What the file picker offers: the formats the importers read (a .bz2 is a compressed dump). */
export const importAccept = '.txt,.html,.htm,.xml,.bz2,text/plain,text/html,application/xml';

/**
 * The library side panel (a complementary landmark): Import… with the jobs
 * running and their summaries, then the articles, newest first, a page at a
 * time. Opening it focuses the Import button.
 */
export function LibraryPanel({
  id,
  imports,
  currentArticleId,
  announce,
  onOpen,
  onRemoved,
  onClose,
}: {
  id: string;
  imports: Imports;
  /** The article the reader shows, marked in the list. */
  currentArticleId: string | null;
  announce: (text: string) => void;
  onOpen: (articleId: string) => void;
  /** After an article left the library. */
  onRemoved: (articleId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const api = useApi();
  const titleId = useId();
  const list = useLibraryList();
  const importButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    importButton.current?.focus();
  }, []);

  // Scrolling to the end of what is listed loads the next page; the button does it from the keyboard.
  const { loadMore } = list;
  const hasMore = list.status === 'ready' && list.articles.length < list.total;
  useEffect(() => {
    const target = moreButton.current;
    if (!hasMore || !target) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && loadMore(), {
      root: body.current,
      rootMargin: '200px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);

  const remove = async (article: ArticleSummary) => {
    await api.removeArticle(article.id);
    // The row and its focus go: keep focus in the panel rather than let it fall to the page.
    body.current?.focus();
    list.forget(article.id);
    announce(t('articleRemoved', { title: article.title }));
    onRemoved(article.id);
  };

  const chooseFiles = (files: FileList | null) => {
    imports.start([...(files ?? [])]);
    // The same files chosen again must fire a change again.
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <aside id={id} className="panel-surface library-panel" aria-labelledby={titleId}>
      <PanelHeader titleId={titleId} title={t('libraryPanel')} closeLabel={t('libraryClose')} onClose={onClose} />
      <div ref={body} className="library-panel__body" tabIndex={-1}>
        <div className="library-panel__import">
          <button ref={importButton} type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
            <ImportIcon />
            {t('importButton')}
          </button>
          <input
            ref={fileInput}
            className="library-panel__file"
            type="file"
            multiple
            accept={importAccept}
            tabIndex={-1}
            aria-label={t('importButton')}
            hidden
            onChange={(event) => chooseFiles(event.target.files)}
          />
          <p className="library-panel__hint">{t('importHint')}</p>
        </div>
        {imports.staging && (
          <p className="library-panel__staging">
            {t('importStaging', {
              index: formatCount(imports.staging.index, language),
              count: formatCount(imports.staging.count, language),
              name: imports.staging.name,
            })}
          </p>
        )}
        <ImportErrors errors={imports.errors} onDismiss={imports.dismissErrors} />
        {imports.jobs.map((job) =>
          isFinished(job) ? (
            <ImportSummary key={job.id} job={job} onDismiss={imports.dismiss} />
          ) : (
            <ImportProgress key={job.id} job={job} onCancel={imports.cancel} />
          ),
        )}
        <div className="library-panel__articles" aria-busy={list.status === 'loading' || list.loadingMore}>
          <h3 className="library-panel__count">
            {list.status === 'loading' ? t('libraryLoading') : countText(t, 'libraryCountOne', 'libraryCount', list.total, language)}
          </h3>
          {list.total > 1 && <p className="library-panel__order">{t('libraryOrder')}</p>}
          {list.status === 'error' && (
            <div className="library-panel__message library-panel__message--error" role="alert">
              <p className="library-panel__message-title">{t('libraryLoadFailed')}</p>
              <p className="library-panel__message-detail">{list.loadError}</p>
              <button type="button" className="button button--quiet button--small" onClick={list.reload}>
                {t('retry')}
              </button>
            </div>
          )}
          {list.articles.length > 0 && (
            <ul className="library-panel__list" aria-label={t('libraryList')}>
              {list.articles.map((article) => (
                <LibraryArticle
                  key={article.id}
                  article={article}
                  current={article.id === currentArticleId}
                  formatDate={formatDate}
                  onOpen={onOpen}
                  onRemove={remove}
                />
              ))}
            </ul>
          )}
          {list.status === 'ready' && list.total === 0 && <p className="library-panel__message">{t('libraryEmpty')}</p>}
          {hasMore && (
            <button
              ref={moreButton}
              type="button"
              className="button button--quiet button--small library-panel__more"
              // Not disabled: focus must stay on it while the page loads.
              aria-disabled={list.loadingMore}
              onClick={loadMore}
            >
              {list.loadingMore
                ? t('libraryLoadingMore')
                : t('libraryMore', { shown: formatCount(list.articles.length, language), total: formatCount(list.total, language) })}
            </button>
          )}
        </div>
      </div>
    </aside>
  );
}
