/**
 * The library by keyboard alone: from home to an article, through a link to
 * another, and back twice, each step with the keys a reader would press and
 * focus where the next step starts. Only the import is set up by other means.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importArticles, wikiDump } from './imports';

/** Presses Tab until `target` has focus, as a reader would; fails after `most` presses. */
async function tabTo(page: Page, target: Locator, most = 40): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('home → an article → a link in it → back → back home, by keyboard alone', async ({ reader, library, page }) => {
  // Titles of this test's own, so that positions other tests left behind play no part.
  const mark = Date.now().toString(36);
  const from = `ต้นทางเดินด้วยแป้นพิมพ์ ${mark}`;
  const to = `ปลายทางเดินด้วยแป้นพิมพ์ ${mark}`;
  await importArticles(
    library,
    [
      wikiDump('walk.xml', [
        { title: from, text: `บทความนี้ลิงก์ไปยัง [[${to}]] ในย่อหน้าแรก\n\n== ประวัติ ==\nเนื้อหาของประวัติ` },
        { title: to, text: `นี่คือบทความปลายทาง\n\n== ภูมิศาสตร์ ==\nเนื้อหาของภูมิศาสตร์` },
      ]),
    ],
    2,
  );
  await expect(reader.readyArticle).toBeVisible();

  // Home: the Library button in the banner.
  await tabTo(page, library.openButton);
  await page.keyboard.press('Enter');
  await expect(library.view).toBeVisible();
  expect(reader.currentPlace()).toEqual({ view: 'home' });

  // Filter to the article, then into the list and open it.
  await tabTo(page, library.filter);
  await page.keyboard.type('ต้นทางเดิน');
  await expect(library.articles).toHaveCount(1);
  await tabTo(page, library.articleOpen(library.articles.first()));
  await page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(from);
  await expect(library.view).toHaveCount(0);

  // The link, then Enter: the other article, focus on its start.
  const link = reader.articleLink(to);
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(to);
  await expect(reader.lead).toBeFocused();

  // Back: the first article where it was left, focus in it; back again: home, as it was left.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(reader.title).toHaveText(from);
  await expect(reader.main).toBeFocused();
  await expect(link).toBeInViewport();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(library.view).toBeVisible();
  await expect(library.filter).toHaveValue('ต้นทางเดิน');
});
