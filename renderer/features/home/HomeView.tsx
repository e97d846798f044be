import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CatalogEntry, CatalogSort } from '../../../common/catalog';
import { limits } from '../../../common/limits';
import { StatusPanel } from '../../components/StatusPanel';
import { useLanguage, useT } from '../../i18n/useT';
import { countText, formatCount } from '../library/format';
import type { Imports } from '../library/useImports';
import { ArticleList, type ArticleListHandle } from './ArticleList';
import { ContinueReading } from './ContinueReading';
import { ImportSection } from './ImportSection';
import { SortSwitch } from './SortSwitch';
import { useCatalog } from './useCatalog';
import { useRemoval } from './useRemoval';
import { UndoToast } from '../../components/UndoToast';
import { homeStateOf, type HomeState } from './homeState';
import './home.css';

export interface HomeViewProps {
  readonly imports: Imports;
  /** Says something in the polite live region (an article removed or put back). */
  readonly announce: (text: string) => void;
  /** Where the page was scrolled, and home's sort and filter, when the reader left it: to return there (back, forward, reload); null: a fresh home at the top. */
  readonly returnTo: { readonly scrollY: number; readonly state?: unknown } | null;
  /** Home's sort and filter as they change, for the history entry to keep. */
  readonly onState: (state: HomeState) => void;
  /** Opens an article; `resume`: where the reader stopped (both "continue reading" and the list do). */
  readonly onOpen: (articleId: string, options: { readonly resume: boolean }) => void;
}

/**
 * Home, the library view: Import… and its jobs, "continue reading", then
 * every article in one virtualized list, sorted by title, by reading or by
 * addition and filtered by any part of its title as the reader types, each
 * with its source, size, date added and how far it was read, and a remove
 * with undo for the imported ones.
 */
export function HomeView({ imports, announce, returnTo, onState, onOpen }: HomeViewProps) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const listHeadingId = useId();
  const filterId = useId();
  const [sort, setSort] = useState<CatalogSort>(() => homeStateOf(returnTo?.state).sort);
  const [filter, setFilter] = useState(() => homeStateOf(returnTo?.state).filter);
  useEffect(() => onState({ sort, filter }), [sort, filter, onState]);
  const catalog = useCatalog(sort, filter);
  const removal = useRemoval(announce);
  const list = useRef<ArticleListHandle>(null);
  const controls = useRef<HTMLDivElement>(null);
  // The row a removal left from: focus comes back there after an undo.
  const removedFrom = useRef(0);

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);

  // Where the sticky controls end once stuck under the banner: rows above that line are hidden behind them.
  // Home opens at its top, or back where it was left, once the list is as tall as its rows.
  const ready = catalog.status === 'ready';
  const arrived = useRef(false);
  useLayoutEffect(() => {
    if (arrived.current || (returnTo !== null && !ready)) return;
    arrived.current = true;
    window.scrollTo({ top: returnTo?.scrollY ?? 0, behavior: 'instant' });
  }, [ready, returnTo]);

  const coveredTop = useCallback(() => {
    const element = controls.current;
    return element ? (parseFloat(getComputedStyle(element).top) || 0) + element.getBoundingClientRect().height : 0;
  }, []);
  const open = useCallback((entry: CatalogEntry) => onOpen(entry.id, { resume: true }), [onOpen]);

  const { remove: removeArticle, undo: undoRemoval } = removal;
  const { reload } = catalog;
  const remove = useCallback(
    (entry: CatalogEntry, index: number) => {
      removedFrom.current = index;
      // The row's remove button is about to go: focus stays on the row, which shows the next article.
      list.current?.focusRow(index);
      void removeArticle(entry).then((removed) => removed && reload());
    },
    [reload, removeArticle],
  );
  const undo = () => {
    void undoRemoval().then((restored) => {
      if (!restored) return;
      reload();
      // The toast (and the focus on its button) goes: focus goes back to the list, where the article was.
      list.current?.focusRow(removedFrom.current);
    });
  };

  const filtered = catalog.filter.trim() !== '';
  const countLabel = filtered
    ? t('homeCountFiltered', { count: formatCount(catalog.total, language), total: formatCount(catalog.libraryTotal, language) })
    : countText(t, 'libraryCountOne', 'libraryCount', catalog.total, language);
  const onlyBundled = !filtered && catalog.total > 0 && catalog.total <= 10 && allBundled(catalog.total, catalog.entry);

  return (
    <div className="home" aria-labelledby={headingId} role="region">
      <h1 id={headingId} className="home__heading">
        {t('homeHeading')}
      </h1>
      <ImportSection imports={imports} />
      <ContinueReading onOpen={open} />
      <section className="home-articles" aria-labelledby={listHeadingId}>
        <div ref={controls} className="home__controls">
          <h2 id={listHeadingId} className="home__subheading">
            {t('homeAllArticles')}
          </h2>
          <div className="home__tools">
            <label className="visually-hidden" htmlFor={filterId}>
              {t('homeFilter')}
            </label>
            <input
              id={filterId}
              className="home__filter"
              type="search"
              value={filter}
              maxLength={limits.title}
              placeholder={t('homeFilterPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setFilter(event.target.value)}
            />
            <SortSwitch sort={sort} onChange={setSort} />
          </div>
          <p className="home__count" role="status">
            {catalog.status === 'ready' ? countLabel : ''}
          </p>
        </div>
        {catalog.status === 'loading' && <StatusPanel tone="busy" title={t('libraryLoading')} />}
        {catalog.status === 'error' && (
          <StatusPanel
            tone="error"
            title={t('libraryLoadFailed')}
            detail={catalog.error ?? undefined}
            action={
              <button type="button" className="button" onClick={catalog.reload}>
                {t('retry')}
              </button>
            }
          />
        )}
        {catalog.status === 'ready' && catalog.libraryTotal === 0 && <p className="home__message">{t('libraryEmpty')}</p>}
        {catalog.status === 'ready' && filtered && catalog.total === 0 && (
          <div className="home__message">
            <p>{t('homeNoMatch', { filter: catalog.filter.trim() })}</p>
            <button type="button" className="button button--quiet button--small" onClick={() => setFilter('')}>
              {t('homeClearFilter')}
            </button>
          </div>
        )}
        {onlyBundled && <p className="home__message">{t('homeOnlyBundled')}</p>}
        {catalog.status === 'ready' && (
          <ArticleList
            ref={list}
            catalog={catalog}
            labelledBy={listHeadingId}
            queryKey={`${sort}\n${catalog.filter}`}
            coveredTop={coveredTop}
            formatDate={formatDate}
            onOpen={open}
            onRemove={remove}
          />
        )}
      </section>
      {removal.toast && (
        <UndoToast
          key={removal.toast.id}
          className="home-toast"
          message={removal.toast.kind === 'removed' ? t('articleRemoved', { title: removal.toast.title }) : removal.toast.message}
          undoLabel={removal.toast.kind === 'removed' ? t('articleUndoRemove') : null}
          onUndo={undo}
          onDismiss={removal.dismiss}
          onHold={removal.hold}
        />
      )}
    </div>
  );
}

/** Whether every article listed came with Aksorn (the library has nothing imported yet). */
function allBundled(total: number, entry: (index: number) => CatalogEntry | undefined): boolean {
  for (let index = 0; index < total; index++) if (entry(index)?.source !== 'bundled') return false;
  return true;
}
