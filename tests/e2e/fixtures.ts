/**
 * Test fixtures: every test starts from the same state — settings reset to
 * Thai through the API (the main process owns them) — and, with `reader`,
 * an article that is rendered and ready.
 */
import { test as base, expect } from '@playwright/test';
import { seedArticle } from '../seed';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPanel } from './pages/SearchPanel';

export const seed = seedArticle;

export const test = base.extend<{ readerPage: ReaderPage; reader: ReaderPage; search: SearchPanel }>({
  /** The page object with settings reset, not yet navigated (for tests that set up routes or fragments first). */
  readerPage: async ({ page, request }, use) => {
    const response = await request.post('/api/updateSettings', { data: { args: [{ language: 'th' }] } });
    if (!response.ok()) throw new Error(`resetting settings failed: ${response.status()} ${await response.text()}`);
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
});

export { expect };
