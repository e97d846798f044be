/**
 * Main's events reach the page: the real stream is opened, and a library
 * change delivered on it (here through a routed stream, since nothing in the
 * app changes the library yet) reloads what depends on the library.
 */
import type { Page, Request } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { eventsPath, type ReaderEvent } from '../../common/events';
import { holdEvents } from './eventStream';
import { expect, seed, test } from './fixtures';

/** Counts the page's calls to an API method from now on. */
function countCalls(page: Page, method: string): () => number {
  let count = 0;
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname === `/api/${method}`) count++;
  });
  return () => count;
}

const removedSeed: ReaderEvent = { type: 'libraryChanged', change: { added: [], removed: [seed.id], more: false } };

test.describe('events from the main process', () => {
  test('the page follows the real event stream', async ({ readerPage }) => {
    const stream = readerPage.page.waitForResponse((response) => new URL(response.url()).pathname === eventsPath);
    await readerPage.goto();
    const response = await stream;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/event-stream; charset=utf-8');
  });

  test('a library change reloads the bookmarks and the article it names', async ({ readerPage }) => {
    const events = await holdEvents(readerPage.page);
    await readerPage.open();
    const bookmarkLoads = countCalls(readerPage.page, 'listBookmarks');
    const articleLoads = countCalls(readerPage.page, 'getArticle');
    await events.send([removedSeed]);
    await expect.poll(bookmarkLoads).toBe(1);
    await expect.poll(articleLoads).toBe(1);
    // The article is still in the library, so it is shown again.
    await readerPage.waitUntilReady();
    await expect(readerPage.title).toHaveText(seed.title);
  });

  test('an event outside the contract is ignored', async ({ readerPage }) => {
    const events = await holdEvents(readerPage.page);
    await readerPage.open();
    const errors: Error[] = [];
    readerPage.page.on('pageerror', (error) => errors.push(error));
    const bookmarkLoads = countCalls(readerPage.page, 'listBookmarks');
    const articleLoads = countCalls(readerPage.page, 'getArticle');
    // The valid event after the others proves they were read, and only it acted.
    await events.send([{ type: 'dropTables' }, { type: 'libraryChanged', change: { added: 7 } }, removedSeed]);
    await expect.poll(articleLoads).toBe(1);
    await readerPage.waitUntilReady();
    expect(bookmarkLoads()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a store file deleted under the running app is written back and the reader is told at once', async ({ reader, api }) => {
    // The folder playwright.config.ts starts browser mode with.
    const file = join('test-results', 'e2e-user-data', 'config.json');
    rmSync(file);
    await api.call('updateSettings', { fontSize: 18 });
    expect(existsSync(file)).toBe(true);
    const banner = reader.page.getByRole('alert').filter({ hasText: 'ถูกลบขณะอักษรเปิดอยู่' });
    await expect(banner).toBeVisible();
    // Dismissed, it is gone for good: a reload does not bring it back.
    await banner.getByRole('button', { name: 'ปิดข้อความแจ้ง' }).click();
    await expect.poll(async () => (await api.call('getNotices')).length).toBe(0);
    await reader.reload();
    await expect(banner).toHaveCount(0);
  });
});
