/**
 * Test fixtures: every test starts from the same state — settings reset to
 * Thai through the API (the main process owns them) — and, with `reader`,
 * an article that is rendered and ready.
 */
import { test as base, expect } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';

/** The seed article (data/articles/russia-international-counter-terrorism.txt). */
export const seed = {
  title: 'ปฏิบัติการต่อต้านการก่อการร้ายระหว่างประเทศของรัสเซีย',
  headings: ['การประชุมสุดยอดว่าด้วยความมั่นคงเดลี', 'อัฟกานิสถาน', 'อิหร่าน', 'คาซัคสถาน', 'ทาจิกิสถาน', 'อ้างอิง'],
} as const;

export const test = base.extend<{ readerPage: ReaderPage; reader: ReaderPage }>({
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
});

export { expect };
