import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import iconUrl from '../assets/icon.svg';
import { leadSectionId, type Article } from '../common/article';
import type { ResolvedBookmark } from '../common/bookmarks';
import type { SearchHit } from '../common/search';
import { StatusPanel } from './components/StatusPanel';
import { UndoToast } from './components/UndoToast';
import { usePendingArrival } from './components/usePendingArrival';
import { Announcer } from './features/bookmarks/Announcer';
import { BookmarksButton } from './features/bookmarks/BookmarksButton';
import { BookmarksPanel } from './features/bookmarks/BookmarksPanel';
import { revealParagraph } from './features/bookmarks/reveal';
import { SelectionButton } from './features/bookmarks/SelectionButton';
import { useAnnouncer } from './features/bookmarks/useAnnouncer';
import { useBookmarkCommands } from './features/bookmarks/useBookmarkCommands';
import { useBookmarks } from './features/bookmarks/useBookmarks';
import { useSidePanel } from './components/useSidePanel';
import { useSelectionBookmark } from './features/bookmarks/useSelectionBookmark';
import { DropOverlay } from './features/library/DropOverlay';
import { freshHome, type HomeState } from './features/home/homeState';
import { HomeView } from './features/home/HomeView';
import { LibraryButton } from './features/library/LibraryButton';
import { LiveMessage } from './features/library/LiveMessage';
import { useFileDrop } from './features/library/useFileDrop';
import { useImports } from './features/library/useImports';
import { NoticeBanners } from './features/notices/NoticeBanners';
import { QuickOpen } from './features/palette/QuickOpen';
import { useNotices } from './features/notices/useNotices';
import { ArticleLinksContext } from './features/links/useArticleLinks';
import { useLinkTargets } from './features/links/useLinkTargets';
import { ArticleView } from './features/reader/ArticleView';
import { useArticle } from './features/reader/useArticle';
import { useDocumentTitle } from './features/reader/useDocumentTitle';
import { sectionElement } from './features/reader/sectionElements';
import { useReadingPosition } from './features/reading/useReadingPosition';
import { usableMatches } from './features/search/highlight';
import { MatchBar } from './features/search/MatchBar';
import { SearchBox } from './features/search/SearchBox';
import { useMatchHighlight } from './features/search/useMatchHighlight';
import { LanguageSwitch } from './features/settings/LanguageSwitch';
import { SettingsButton } from './features/settings/SettingsButton';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { useAppearance } from './features/settings/useAppearance';
import { useSettings, type SettingsState } from './features/settings/useSettings';
import { useSettingsPanel } from './features/settings/useSettingsPanel';
import { ShortcutHelp } from './features/shortcuts/ShortcutHelp';
import { useKeymap } from './features/shortcuts/useKeymap';
import { TableOfContents } from './features/toc/TableOfContents';
import { TocToggle } from './features/toc/TocToggle';
import { useSectionNavigation } from './features/toc/useSectionNavigation';
import { useTocDrawer } from './features/toc/useTocDrawer';
import { I18nProvider } from './i18n/I18nProvider';
import { articlePlace, home } from '../common/address';
import { addressedSection, landingOf } from './navigation/landing';
import { HistoryButtons } from './navigation/HistoryButtons';
import { useHistory, type HistoryView } from './navigation/useHistory';
import { useMouseHistoryButtons } from './navigation/useMouseHistoryButtons';
import { useT } from './i18n/useT';
import './App.css';

const tocId = 'aksorn-toc';
const mainId = 'aksorn-main';
const bookmarksId = 'aksorn-bookmarks';
const settingsId = 'aksorn-settings';

/** The reader: settings decide the UI language and the look of the page, everything else renders inside it. */
export function App() {
  const settings = useSettings();
  useAppearance(settings.settings);
  return (
    <I18nProvider language={settings.settings.language}>
      <Reader settings={settings} />
    </I18nProvider>
  );
}

/** Where a bookmark leads: its article, and the place in it. */
interface BookmarkPlace {
  readonly articleId: string;
  readonly target: NonNullable<ResolvedBookmark['target']>;
}

/** The page: banner, table of contents, the article, bookmarks and settings, wired to their hooks. */
function Reader({ settings }: { settings: SettingsState }) {
  const t = useT();
  // Set below, once the hooks it calls are there.
  const shownView = useRef<HistoryView>({ leave: () => {}, spot: () => ({ scrollY: window.scrollY }) });
  const readerHistory = useHistory(shownView);
  const { visit } = readerHistory;
  // Home (#/), the library view, in place of the article: no article is loaded or treated as shown.
  const atHome = visit.place?.view === 'home';
  // No address (the start): the article read last.
  const loaded = useArticle(visit.place?.view === 'article' ? visit.place.articleId : null, !atHome);
  // Home's sort and filter, which its history entry keeps.
  const homeState = useRef<HomeState>(freshHome);
  const keepHomeState = useCallback((state: HomeState) => {
    homeState.current = state;
  }, []);
  const article = loaded.status === 'ready' && !atHome ? loaded.article : null;
  const sectionIds = useMemo(() => article?.sections.map((section) => section.id) ?? [], [article]);
  const navigation = useSectionNavigation(article?.id ?? null, sectionIds);
  const addressed = useMemo(() => addressedSection(visit, sectionIds), [visit, sectionIds]);
  const landing = useMemo(() => landingOf(visit.arrival, addressed), [visit.arrival, addressed]);
  const { open: tocOpen, toggle: toggleToc, close: closeToc, reveal: revealToc, toggleRef } = useTocDrawer();
  const matches = useMatchHighlight();
  const highlight = matches.highlight;
  const bookmarkData = useBookmarks();
  const bookmarks = useBookmarkCommands(bookmarkData, article?.id ?? null);
  const { open: panelOpen, toggle: togglePanel, close: closePanel, buttonRef: panelButtonRef } = useSidePanel();
  const {
    open: settingsOpen,
    toggle: toggleSettings,
    close: closeSettings,
    buttonRef: settingsButtonRef,
  } = useSettingsPanel();
  const libraryAnnouncer = useAnnouncer();
  const imports = useImports(libraryAnnouncer.announce);
  // The header's Library button goes home; files dropped anywhere on the window are imported, and home shows how it goes.
  const goHome = () => {
    if (!atHome) readerHistory.open(home);
  };
  const dragging = useFileDrop((files) => {
    goHome();
    imports.start(files);
  });
  const [helpOpen, setHelpOpen] = useState(false);
  // Quick open (Ctrl/Cmd+P, +O): over everything, the help too.
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openPalette = () => {
    setHelpOpen(false);
    setPaletteOpen(true);
  };
  const passage = useSelectionBookmark(article);
  const notices = useNotices();
  const position = useReadingPosition(article, sectionIds, navigation.currentId, navigation.hold, landing);
  useDocumentTitle(article?.title ?? null, t('appName'));
  useMouseHistoryButtons(readerHistory);

  // What belongs to the article being left is saved or let go while it is still on the page.
  useEffect(() => {
    shownView.current = {
      leave: () => {
        position.saveNow();
        matches.clear();
        passage.clear();
      },
      spot: () => (atHome ? { scrollY: window.scrollY, state: homeState.current } : { scrollY: window.scrollY, position: position.here() ?? undefined }),
    };
  });
  const linkTargets = useLinkTargets(article);

  // Once the article is shown: the start gets its address, and the section an address names is shown.
  const { name } = readerHistory;
  const { show } = navigation;
  useEffect(() => {
    if (!article) return;
    if (addressed !== null) show(addressed);
    if (visit.place === null) name(articlePlace(article.id, addressed));
  }, [article, visit, addressed, name, show]);

  // An article a link opened: once it is shown, focus goes to its start, where reading goes on.
  // Back or forward: focus, lost with the page left, goes to the article.
  const arriving = useRef<number | null>(null);
  useEffect(() => {
    if (!article) return;
    if (arriving.current === visit.id) {
      arriving.current = null;
      sectionElement(article.id, leadSectionId)?.focus({ preventScroll: true });
    } else if (visit.arrival.kind === 'return' && !document.activeElement?.closest(`#${mainId}, header`)) {
      document.getElementById(mainId)?.focus({ preventScroll: true });
    }
  }, [article, visit]);

  // Another article (or this one again) at its top, as a new entry in the history.
  const openAtTop = (articleId: string) => readerHistory.open(articlePlace(articleId));

  // A link (or a title search names) opens its article at the top, and focus goes there.
  const followLink = (articleId: string) => {
    arriving.current = visit.id + 1;
    openAtTop(articleId);
  };

  // Ctrl/Cmd+D: the section the TOC marks current; above the first heading, the lead.
  const { toggleSection } = bookmarks;
  const { currentId } = navigation;
  const bookmarkSection = () => {
    if (article) toggleSection(currentId ?? leadSectionId);
  };

  // Next and previous from the section the TOC marks current; above the first heading, "next" is the first.
  const step = (delta: 1 | -1) => {
    const index = currentId ? sectionIds.indexOf(currentId) : -1;
    const target = sectionIds[index + delta];
    if (target) navigation.goTo(target);
  };

  // The keys are in features/shortcuts/keymap.ts; the search box gives "focusSearch" itself.
  // While the help dialog is up, the page behind it takes no shortcuts, but for Ctrl/Cmd+D and search's.
  // F3 and Ctrl+G step through the search matches while they are shown.
  const matchCommands = highlight ? { nextMatch: matches.next, previousMatch: matches.previous } : {};
  // While quick open is up, only its own keys, which keep Ctrl/Cmd+P and +O from printing and opening files.
  useKeymap(
    paletteOpen
      ? { quickOpen: openPalette }
      : helpOpen
      ? { bookmarkSection, ...matchCommands, quickOpen: openPalette }
      : {
          ...matchCommands,
          nextSection: () => step(1),
          previousSection: () => step(-1),
          focusToc: () => article && revealToc(tocId),
          bookmarkSection,
          toggleBookmarks: togglePanel,
          toggleSettings: toggleSettings,
          showHelp: () => setHelpOpen(true),
          goBack: readerHistory.back,
          goForward: readerHistory.forward,
          quickOpen: openPalette,
        },
  );

  const select = (sectionId: string) => {
    closeToc();
    navigation.goTo(sectionId);
  };

  // A search hit: its section, with the matches highlighted.
  const showHit = (shown: Article, hit: SearchHit) => {
    matches.show(hit.articleId, hit.sectionId, usableMatches(shown, hit.sectionId, hit.matches));
    select(hit.sectionId);
  };
  // Called after useReadingPosition: a hit's article opens at its top, then jumps to the hit.
  const waitForHit = usePendingArrival(article, showHit);

  // A hit in the open article is shown at once; one in another opens that article first.
  const chooseHit = (hit: SearchHit) => {
    if (article && hit.articleId === article.id) {
      showHit(article, hit);
      return;
    }
    waitForHit(hit);
    openAtTop(hit.articleId);
  };

  // A bookmark's place; one in another article opens that article first, then goes there.
  const reveal = (shown: Article, { target }: BookmarkPlace) => {
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
    if (revealParagraph(shown.id, target, behavior)) navigation.arrive(target.sectionId);
    else select(target.sectionId);
  };
  const waitForBookmark = usePendingArrival<BookmarkPlace>(article, reveal);
  const jumpTo = (bookmark: ResolvedBookmark) => {
    const target = bookmark.target;
    if (!target) return;
    closePanel(false);
    if (article && bookmark.anchor.articleId === article.id) {
      reveal(article, { articleId: article.id, target });
      return;
    }
    waitForBookmark({ articleId: bookmark.anchor.articleId, target });
    openAtTop(bookmark.anchor.articleId);
  };

  // An article chosen at home or in quick open opens where the reader left it (or, without `resume`, at its top).
  const openArticle = (articleId: string, { resume }: { readonly resume: boolean } = { resume: true }) => {
    if (articleId !== article?.id) readerHistory.open(articlePlace(articleId), { resume });
    document.getElementById(mainId)?.focus();
  };

  const bookmarkSelection = () => {
    const chosen = passage.selection;
    if (!chosen) return;
    bookmarks.addPassage(chosen.sectionId, chosen.paragraph, chosen.range);
    passage.clear();
  };

  return (
    <div className="app">
      <a className="skip-link" href={`#${mainId}`}>
        {t('skipToContent')}
      </a>
      <header className="app__header">
        <HistoryButtons history={readerHistory} />
        {article && <TocToggle ref={toggleRef} controls={tocId} open={tocOpen} onToggle={toggleToc} />}
        <p className="app__name">
          <img className="app__icon" src={iconUrl} alt="" width="28" height="28" />
          <span className="app__title visually-hidden--narrow">{t('appName')}</span>
        </p>
        <SearchBox
          articleId={article?.id ?? null}
          fallbackFocusId={mainId}
          bookmarks={bookmarkData.list}
          onChooseHit={chooseHit}
          onChooseTitle={followLink}
          onChooseBookmark={jumpTo}
        />
        <LibraryButton current={atHome} importing={imports.current} onClick={goHome} />
        <BookmarksButton
          ref={panelButtonRef}
          controls={bookmarksId}
          open={panelOpen}
          count={bookmarkData.list.length}
          onToggle={togglePanel}
        />
        <SettingsButton
          ref={settingsButtonRef}
          controls={settingsId}
          open={settingsOpen}
          onToggle={toggleSettings}
        />
        <LanguageSwitch
          language={settings.settings.language}
          saveFailed={settings.saveFailed && !settingsOpen}
          onChange={(language) => settings.update({ language })}
        />
      </header>
      <NoticeBanners notices={notices.notices} onDismiss={notices.dismiss} />
      <div className={atHome ? 'app__body app__body--home' : 'app__body'}>
        {article && (
          <TableOfContents
            // One TOC per article: its folding and filter start afresh with another.
            key={article.id}
            id={tocId}
            articleId={article.id}
            lang={article.lang}
            sections={article.sections}
            currentId={navigation.currentId}
            arrival={navigation.arrival}
            bookmarked={bookmarks.places.sections}
            open={tocOpen}
            onSelect={select}
            onToggleBookmark={bookmarks.toggleSection}
            onClose={closeToc}
          />
        )}
        <main id={mainId} className="app__main" tabIndex={-1}>
          {atHome && (
            <HomeView
              key={visit.id}
              imports={imports}
              announce={libraryAnnouncer.announce}
              returnTo={visit.arrival.kind === 'return' ? visit.arrival.spot : null}
              onState={keepHomeState}
              onOpen={openArticle}
            />
          )}
          {!atHome && loaded.status === 'ready' && (
            <ArticleLinksContext value={{ targets: linkTargets, follow: followLink }}>
              <ArticleView key={loaded.article.id} article={loaded.article} highlight={highlight} bookmarks={bookmarks} />
            </ArticleLinksContext>
          )}
          {!atHome && loaded.status === 'loading' && <StatusPanel tone="busy" title={t('loadingArticle')} />}
          {!atHome && loaded.status === 'empty' && <StatusPanel tone="info" title={t('libraryEmpty')} />}
          {!atHome && loaded.status === 'error' && (
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
      {passage.selection && <SelectionButton selection={passage.selection} onBookmark={bookmarkSelection} />}
      {panelOpen && (
        <BookmarksPanel
          id={bookmarksId}
          data={bookmarkData}
          onJump={jumpTo}
          onUpdate={bookmarks.update}
          onRemove={bookmarks.remove}
          onClose={() => closePanel(true)}
        />
      )}
      {settingsOpen && (
        <SettingsPanel
          id={settingsId}
          settings={settings.settings}
          saveFailed={settings.saveFailed}
          onChange={settings.update}
          onClose={closeSettings}
        />
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {paletteOpen && (
        <QuickOpen
          onOpen={(articleId) => {
            setPaletteOpen(false);
            openArticle(articleId);
          }}
          onClose={() => setPaletteOpen(false)}
        />
      )}
      {bookmarks.toast && (
        <UndoToast
          key={bookmarks.toast.id}
          className="bookmark-toast"
          message={bookmarks.toast.kind === 'deleted' ? t('bookmarkDeleted') : bookmarks.toast.message}
          undoLabel={bookmarks.toast.kind === 'deleted' ? t('bookmarkUndo') : null}
          onUndo={bookmarks.undo}
          onDismiss={bookmarks.dismissToast}
          onHold={bookmarks.holdToast}
        />
      )}
      <Announcer announcement={bookmarks.announcement} />
      <LiveMessage announcement={libraryAnnouncer.announcement} />
      {dragging && <DropOverlay />}
    </div>
  );
}
