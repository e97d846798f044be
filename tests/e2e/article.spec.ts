import { mkdir } from 'node:fs/promises';
import { expect, seed, test } from './fixtures';

test.describe('article', () => {
  test('has the banner, navigation and main landmarks', async ({ reader }) => {
    await expect(reader.banner).toContainText('อักษร Aksorn');
    await expect(reader.languageSwitch).toBeVisible();
    await expect(reader.toc).toHaveAttribute('aria-label', 'สารบัญ');
    await expect(reader.main).toContainText(seed.title);
  });

  test('renders the title and every section heading', async ({ reader }) => {
    await expect(reader.title).toHaveText(seed.title);
    await expect(reader.sectionHeadings).toHaveText([...seed.headings]);
    await expect(reader.page).toHaveTitle(new RegExp(seed.title));
  });

  test('renders citations as superscripts with a tooltip, and the citation-needed badge', async ({ reader }) => {
    const first = reader.citations.first();
    await expect(first).toHaveText('[1]');
    expect(await first.evaluate((element) => element.tagName)).toBe('SUP');
    await expect(first).toHaveAttribute('title', /รายการอ้างอิงไม่ได้รวมอยู่ในสำเนานี้/);
    await expect(first).toHaveAccessibleName(/อ้างอิงที่ 1: รายการอ้างอิงไม่ได้รวมอยู่ในสำเนานี้/);
    expect(await reader.citations.count()).toBeGreaterThanOrEqual(10);

    await expect(reader.citationNeeded).toHaveCount(1);
    await expect(reader.citationNeeded).toHaveText('ต้องการอ้างอิง');
    await expect(reader.citationNeeded).toHaveAttribute('title', /.+/);
    // The badge sits inline, inside the paragraph about Kazakhstan.
    await expect(reader.citationNeededParagraph).toContainText('คาซัคสถาน');
  });

  test('saves a full-page screenshot', async ({ reader }, testInfo) => {
    await reader.page.evaluate('document.fonts.ready');
    const screenshot = await reader.page.screenshot({ fullPage: true });
    await testInfo.attach('reader', { body: screenshot, contentType: 'image/png' });
    await mkdir('test-results/screenshots', { recursive: true });
    await reader.page.screenshot({ fullPage: true, path: 'test-results/screenshots/reader.png' });
    expect(screenshot.byteLength).toBeGreaterThan(10_000);
  });
});

test.describe('loading states', () => {
  test('shows a loading state until the article arrives', async ({ readerPage, page }) => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/getArticle', async (route) => {
      await arrived;
      await route.continue();
    });
    await readerPage.goto();
    await expect(readerPage.loadingStatus).toContainText('กำลังโหลดบทความ');
    release();
    await readerPage.waitUntilReady();
    await expect(readerPage.loadingStatus).toHaveCount(0);
  });

  test('shows the error with a retry button, and retrying loads the article', async ({ readerPage, page }) => {
    await page.route('**/api/getArticle', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'the library is unavailable' } }),
      }),
    );
    await readerPage.goto();
    await expect(readerPage.errorAlert).toContainText('โหลดบทความไม่สำเร็จ');
    await expect(readerPage.errorAlert).toContainText('the library is unavailable');

    await page.unroute('**/api/getArticle');
    await readerPage.errorAlert.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
    await readerPage.waitUntilReady();
    await expect(readerPage.title).toHaveText(seed.title);
  });

  test('turns an answer that is not JSON into a readable error', async ({ readerPage, page }) => {
    await page.route('**/api/getLastReadingPosition', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }),
    );
    await readerPage.goto();
    await expect(readerPage.errorAlert).toContainText('502');
    await expect(readerPage.errorAlert.getByRole('button')).toBeVisible();
  });
});
