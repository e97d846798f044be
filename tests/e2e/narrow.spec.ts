import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 400, height: 800 } });

test.describe('narrow window', () => {
  test('collapses the table of contents behind a toggle', async ({ reader }) => {
    await expect(reader.tocToggle).toBeVisible();
    await expect(reader.tocToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(reader.tocToggle).toHaveAttribute('aria-controls', (await reader.toc.getAttribute('id'))!);
    await expect(reader.toc).toBeHidden();

    await reader.tocToggle.click();
    await expect(reader.tocToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(reader.toc).toBeVisible();

    await reader.chooseTocEntry('อิหร่าน');
    await expect(reader.toc).toBeHidden();
    await expect(reader.tocToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(reader.heading('อิหร่าน')).toBeInViewport();
    await expect.poll(() => reader.headingTop('อิหร่าน')).toBeLessThan(120);

    await reader.tocToggle.click();
    await expect(reader.currentTocEntry).toHaveText('อิหร่าน');
  });

  test('Escape closes the overlay and returns focus to the toggle', async ({ reader }) => {
    await reader.tocToggle.click();
    await expect(reader.toc).toBeVisible();
    await reader.pressEscape();
    await expect(reader.toc).toBeHidden();
    await expect(reader.tocToggle).toBeFocused();
  });

  test('saves a screenshot of the narrow layout', async ({ reader }, testInfo) => {
    await reader.page.evaluate('document.fonts.ready');
    const screenshot = await reader.page.screenshot({ fullPage: true });
    await testInfo.attach('reader-narrow', { body: screenshot, contentType: 'image/png' });
    await mkdir('test-results/screenshots', { recursive: true });
    await reader.page.screenshot({ path: 'test-results/screenshots/reader-narrow.png' });
    await reader.tocToggle.click();
    await reader.page.screenshot({ path: 'test-results/screenshots/reader-narrow-toc.png' });
    expect(screenshot.byteLength).toBeGreaterThan(10_000);
  });
});
