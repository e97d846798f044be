/**
 * Test fixtures: every test starts from the same state — every setting at
 * its default (Thai, theme following the system, default typography), no bookmarks, and the reading position at the top of the lead, all
 * through the API (the main process owns them) — and, with `reader`, an
 * article that is rendered and ready.
 */
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { ReaderApi, ReaderApiMethod } from '../../common/api';
import { leadSectionId } from '../../common/article';
import { defaultSettings } from '../../common/settings';
import { seedArticle } from '../seed';
import { BookmarksPanel } from './pages/BookmarksPanel';
import { HomePage } from './pages/HomePage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPanel } from './pages/SearchPanel';
import { SettingsPanel } from './pages/SettingsPanel';

export const seed = seedArticle;

/** The settings every test starts from: the defaults of the main process. */
export { defaultSettings };

/** Calls the reader API over HTTP, as the page does: the state the main process keeps, read and set directly. */
export class ReaderApiClient {
  constructor(private readonly request: APIRequestContext) {}

  async call<M extends ReaderApiMethod>(method: M, ...args: Parameters<ReaderApi[M]>): Promise<Awaited<ReturnType<ReaderApi[M]>>> {
    const response = await this.request.post(`/api/${method}`, { data: { args } });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${method} failed: ${body.error?.message ?? response.status()}`);
    return body.value as Awaited<ReturnType<ReaderApi[M]>>;
  }
}

/** Removes every imported article, so that the library holds only the bundled ones. */
export async function removeImportedArticles(api: ReaderApiClient): Promise<void> {
  const imported: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api.call('listArticles', { offset, limit: 1000 });
    imported.push(...page.articles.filter((article) => article.source !== 'bundled').map((article) => article.id));
    if (offset + 1000 >= page.total) break;
  }
  for (const id of imported) await api.call('removeArticle', id);
}

export const test = base.extend<{
  api: ReaderApiClient;
  readerPage: ReaderPage;
  reader: ReaderPage;
  search: SearchPanel;
  bookmarks: BookmarksPanel;
  settings: SettingsPanel;
  library: HomePage;
}>({
  api: async ({ request }, use) => {
    await use(new ReaderApiClient(request));
  },
  /** The page object with the start state pinned, not yet navigated (for tests that set up routes or fragments first). */
  readerPage: async ({ page, api }, use) => {
    await api.call('updateSettings', defaultSettings);
    for (const bookmark of await api.call('listBookmarks')) await api.call('deleteBookmark', bookmark.id);
    await api.call('setReadingPosition', { articleId: seed.id, sectionId: leadSectionId, progress: 0 });
    await use(new ReaderPage(page));
  },
  /** The reader opened at the top, article rendered. */
  reader: async ({ readerPage }, use) => {
    await readerPage.open();
    await use(readerPage);
  },
  /** Search, on the reader opened at the top (use with `reader` for the rest of the page). */
  search: async ({ reader }, use) => {
    await use(new SearchPanel(reader.page));
  },
  /** The bookmarks panel (closed), on the reader opened at the top. */
  bookmarks: async ({ reader }, use) => {
    await use(new BookmarksPanel(reader.page));
  },
  /**
   * Home, the library view, on the reader page, not yet navigated (tests
   * route first, or go home themselves); the library holds only the bundled
   * articles before and after.
   */
  library: async ({ readerPage, api }, use) => {
    await removeImportedArticles(api);
    await use(new HomePage(readerPage.page));
    await removeImportedArticles(api);
  },
  /** The settings panel (closed), on the reader opened at the top. */
  settings: async ({ reader }, use) => {
    await use(new SettingsPanel(reader.page));
  },
});

export { expect };
