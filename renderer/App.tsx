import { useMemo } from 'react';
import iconUrl from '../assets/icon.svg';
import type { Language, SearchHit } from '../main/contract';
import { StatusPanel } from './components/StatusPanel';
import { ArticleView } from './features/reader/ArticleView';
import { useArticle } from './features/reader/useArticle';
import { useDocumentTitle } from './features/reader/useDocumentTitle';
import { usableMatches } from './features/search/highlight';
import { MatchBar } from './features/search/MatchBar';
import { SearchBox } from './features/search/SearchBox';
import { useMatchHighlight } from './features/search/useMatchHighlight';
import { LanguageSwitch } from './features/settings/LanguageSwitch';
import { useSettings } from './features/settings/useSettings';
import { TableOfContents } from './features/toc/TableOfContents';
import { TocToggle } from './features/toc/TocToggle';
import { useSectionNavigation } from './features/toc/useSectionNavigation';
import { useTocDrawer } from './features/toc/useTocDrawer';
import { I18nProvider } from './i18n/I18nProvider';
import { useT } from './i18n/useT';
import './App.css';

const tocId = 'aksorn-toc';
const mainId = 'aksorn-main';

/** The reader: settings decide the UI language, everything else renders inside it. */
export function App() {
  const settings = useSettings();
  return (
    <I18nProvider language={settings.language}>
      <Reader language={settings.language} saveFailed={settings.saveFailed} onLanguageChange={settings.setLanguage} />
    </I18nProvider>
  );
}

/** The page: banner, table of contents and the article, wired to their hooks. */
function Reader({
  language,
  saveFailed,
  onLanguageChange,
}: {
  language: Language;
  saveFailed: boolean;
  onLanguageChange: (language: Language) => void;
}) {
  const t = useT();
  const loaded = useArticle(null);
  const article = loaded.status === 'ready' ? loaded.article : null;
  const sectionIds = useMemo(() => article?.sections.map((section) => section.id) ?? [], [article]);
  const navigation = useSectionNavigation(sectionIds);
  const { open: tocOpen, toggle: toggleToc, close: closeToc, toggleRef } = useTocDrawer();
  const matches = useMatchHighlight();
  const highlight = matches.highlight;
  useDocumentTitle(article?.title ?? null, t('appName'));

  const select = (sectionId: string) => {
    closeToc();
    navigation.goTo(sectionId);
  };

  // The library holds one article for now, so a hit in any other cannot be opened yet.
  const chooseHit = (hit: SearchHit) => {
    if (!article || hit.articleId !== article.id) return;
    matches.show(hit.sectionId, usableMatches(article, hit.sectionId, hit.matches));
    select(hit.sectionId);
  };

  return (
    <div className="app">
      <a className="skip-link" href={`#${mainId}`}>
        {t('skipToContent')}
      </a>
      <header className="app__header">
        {article && <TocToggle ref={toggleRef} controls={tocId} open={tocOpen} onToggle={toggleToc} />}
        <p className="app__name">
          <img className="app__icon" src={iconUrl} alt="" width="28" height="28" />
          <span className="app__title">{t('appName')}</span>
        </p>
        <SearchBox fallbackFocusId={mainId} onChoose={chooseHit} />
        <LanguageSwitch language={language} saveFailed={saveFailed} onChange={onLanguageChange} />
      </header>
      <div className="app__body">
        {article && (
          <TableOfContents
            id={tocId}
            lang={article.lang}
            sections={article.sections}
            currentId={navigation.currentId}
            open={tocOpen}
            onSelect={select}
            onClose={closeToc}
          />
        )}
        <main id={mainId} className="app__main" tabIndex={-1}>
          {loaded.status === 'ready' && <ArticleView article={loaded.article} highlight={highlight} />}
          {loaded.status === 'loading' && <StatusPanel tone="busy" title={t('loadingArticle')} />}
          {loaded.status === 'empty' && <StatusPanel tone="info" title={t('libraryEmpty')} />}
          {loaded.status === 'error' && (
            <StatusPanel
              tone="error"
              title={t('loadFailed')}
              detail={loaded.message}
              action={
                <button type="button" className="button" onClick={loaded.retry}>
                  {t('retry')}
                </button>
              }
            />
          )}
        </main>
      </div>
      {highlight && highlight.matches.length > 0 && (
        <MatchBar
          // A new bar per chosen result, so it takes focus each time.
          key={highlight.shown}
          current={highlight.current}
          total={highlight.matches.length}
          onPrevious={matches.previous}
          onNext={matches.next}
          onClose={matches.close}
        />
      )}
    </div>
  );
}
