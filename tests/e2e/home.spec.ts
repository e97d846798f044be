/**
 * Home, the library view, in browser mode: a library of several articles
 * imported through Import… (the real upload endpoint and import queue), read
 * to different places through the API; sorted, filtered as you type, opened
 * where the reader stopped, removed and put back. A routed library of
 * 170,000 articles shows that the list draws only what is in view.
 */
import { mkdir } from 'node:fs/promises';
import type { CatalogEntry } from '../../common/catalog';
import { scan } from './axe';
import { expect, seed, test, type ReaderApiClient } from './fixtures';
import { textExport } from './imports';
import type { HomePage } from './pages/HomePage';
import type { ReaderPage } from './pages/ReaderPage';

const themes = ['light', 'sepia', 'dark'] as const;

/** Long enough paragraphs that each section takes more than a screen. */
function body(topic: string): string {
  return Array.from({ length: 6 }, (_, i) => `ย่อหน้าที่ ${i + 1} เรื่อง${topic} มีข้อความยาวพอที่จะต้องเลื่อนหน้าลงไปอ่านต่อ อีกหลายบรรทัดในหน้าต่างที่แคบ`).join('\n\n');
}

/**
 * The five articles of a test, and the library by title in Thai collation
 * (เกาะ and ไก่ sort under ก; code-point order would put them after ข).
 * Reading positions outlive their articles (they come back with them), so
 * each test's titles carry a mark of their own: positions another test left
 * never show in this one.
 */
function namesFor(mark: string) {
  const name = (title: string) => (mark === '' ? title : `${title} ${mark}`);
  const [chicken, bangkok, samui, noodles, mekong] = ['ไก่ชน', 'กรุงเทพมหานคร', 'เกาะสมุย', 'ขนมจีน', 'แม่น้ำโขง'].map(name) as [string, string, string, string, string];
  return {
    chicken,
    bangkok,
    samui,
    noodles,
    mekong,
    /** In the order they are imported. */
    titles: [chicken, bangkok, samui, noodles, mekong],
    byTitle: [bangkok, samui, chicken, noodles, seed.title, mekong],
  };
}
type Names = ReturnType<typeof namesFor>;

let marks = 0;
const newMark = () => `${Date.now().toString(36)}${(marks++).toString(36)}`;

function files(names: Names) {
  return names.titles.map((title, i) =>
    textExport(`article-${i}.txt`, title, `${title} เป็นบทความสำหรับทดสอบหน้าคลัง`, [
      ['ประวัติ', body(`ประวัติของ${title}`)],
      ['ภูมิศาสตร์', body(`ภูมิศาสตร์ของ${title}`)],
      ['ปลา', body(`ปลาใน${title}`)],
    ]),
  );
}

/** Imports a test's five articles from home and waits until they are listed. */
async function importLibrary(readerPage: ReaderPage, library: HomePage, mark = newMark()): Promise<Names> {
  const names = namesFor(mark);
  await readerPage.open();
  await library.open();
  await library.importFiles(files(names));
  await expect(library.summaryText(library.summaries.first())).toHaveText(/^นำเข้า 5 · /, { timeout: 30_000 });
  await expect(library.count).toHaveText('6 บทความ');
  return names;
}

/** Where the reader stopped in an article: its section (by heading) and how far into it. */
async function readTo(api: ReaderApiClient, title: string, heading: string | null, progress: number): Promise<void> {
  const article = await api.call('getArticle', title.replace(/ /g, '_'));
  const sectionId = heading === null ? 'lead' : article.sections.find((section) => section.heading === heading)?.id;
  if (!sectionId) throw new Error(`${title} has no section ${heading}`);
  await api.call('setReadingPosition', { articleId: article.id, sectionId, progress });
}

/** Home shown afresh (the page loaded again), so it reads the positions just set. */
async function openHomeAgain(readerPage: ReaderPage, library: HomePage): Promise<void> {
  await readerPage.open();
  await library.open();
}

const rowTitles = (library: HomePage) => library.articles.locator('.home-row__title').allTextContents();

test.describe('home lists the library', () => {
  test('home opened by its address loads no article, and one opened from it loads only that one', async ({ readerPage, library, page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/getArticle')) asked.push((request.postDataJSON() as { args: string[] }).args[0]!);
    });
    await readerPage.goto('#/');
    await expect(library.count).toHaveText('1 บทความ');
    await expect(library.articles).toHaveCount(1);
    expect(asked).toEqual([]);
    await library.articleOpen(library.article(seed.title)).click();
    await expect(readerPage.title).toHaveText(seed.title);
    expect(asked).toEqual([seed.id]);
  });

  test('every article with its source, size, date added and how far it was read, sorted by Thai title', async ({ readerPage, library, api }) => {
    const { mekong, chicken, byTitle } = await importLibrary(readerPage, library);
    // Lead + 3 sections: half-way through the second section ("ภูมิศาสตร์", part 2 of 4) is (2 + 0.5) / 4.
    await readTo(api, mekong, 'ภูมิศาสตร์', 0.5);
    await openHomeAgain(readerPage, library);

    await expect(library.heading).toHaveText('คลังบทความ');
    await expect(library.sortButton('ชื่อเรื่อง')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => rowTitles(library)).toEqual(byTitle);
    const row = library.article(mekong);
    await expect(library.articleSource(row)).toHaveText('ข้อความ');
    await expect(library.articleSize(row)).toHaveText(/^\d+(\.\d)? kB$/);
    await expect(library.articleDate(row)).toHaveText(/^เพิ่มเมื่อ .*25\d\d$/);
    await expect(library.articleProgress(row)).toHaveText('อ่านแล้ว 62%');
    await expect(library.articleProgress(library.article(chicken))).toHaveText('ยังไม่ได้อ่าน');
    // The list's semantics: each row says where it is in the whole list.
    await expect(library.articles.first()).toHaveAttribute('aria-setsize', '6');
    await expect(library.articles.first()).toHaveAttribute('aria-posinset', '1');
    await expect(library.articleOpen(row)).toHaveAccessibleName(new RegExp(`^${mekong} ข้อความ .* kB เพิ่มเมื่อ .* อ่านแล้ว 62%$`));
  });

  test('sorts by recently read (unread after, by title) and by date added (newest first)', async ({ readerPage, library, api }) => {
    const { noodles, samui, bangkok, chicken, mekong, titles } = await importLibrary(readerPage, library);
    await readTo(api, noodles, null, 0.2);
    await readTo(api, samui, 'ปลา', 0.9);
    await openHomeAgain(readerPage, library);

    await library.sortButton('อ่านล่าสุด').click();
    await expect(library.sortButton('อ่านล่าสุด')).toHaveAttribute('aria-pressed', 'true');
    // The seed article was read first of all (the fixture puts its position at the top).
    await expect.poll(() => rowTitles(library)).toEqual([samui, noodles, seed.title, bangkok, chicken, mekong]);
    await library.sortButton('เพิ่มล่าสุด').click();
    await expect.poll(() => rowTitles(library)).toEqual([...[...titles].reverse(), seed.title]);
  });

  test('filters by any part of the title as you type, and says when nothing matches', async ({ readerPage, library }) => {
    const { samui, bangkok, chicken } = await importLibrary(readerPage, library);
    await library.filter.pressSequentially('าะ');
    await expect.poll(() => rowTitles(library)).toEqual([samui]);
    await expect(library.count).toHaveText('1 จาก 6 บทความ');
    await library.filter.fill('ก');
    await expect.poll(() => rowTitles(library)).toEqual([bangkok, samui, chicken, seed.title]);
    await library.filter.pressSequentially('ข้าวผัด');
    await expect(library.articles).toHaveCount(0);
    await expect(library.message).toContainText('ไม่มีบทความที่ชื่อเรื่องมีคำว่า “กข้าวผัด”');
    await library.message.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
    await expect(library.filter).toHaveValue('');
    await expect(library.count).toHaveText('6 บทความ');
  });

  test('says so when the library holds only the bundled article', async ({ readerPage, library }) => {
    await readerPage.open();
    await library.open();
    await expect(library.articles).toHaveCount(1);
    await expect(library.message).toContainText('ตอนนี้คลังมีเพียงบทความที่มาพร้อมแอป');
  });
});

test.describe('opening from home', () => {
  test('the list opens an article where the reader stopped', async ({ readerPage, library, api }) => {
    const { mekong } = await importLibrary(readerPage, library);
    await readTo(api, mekong, 'ปลา', 0.25);
    await openHomeAgain(readerPage, library);
    await library.articleOpen(library.article(mekong)).click();
    await expect(library.view).toHaveCount(0);
    await expect(readerPage.title).toHaveText(mekong);
    await expect(readerPage.currentTocEntry).toHaveText('ปลา');
    await expect.poll(() => readerPage.headingTop('ปลา')).toBeLessThan(0);
    // Back: home again, with its list.
    await readerPage.page.goBack();
    await expect(library.article(mekong)).toBeVisible();
    await expect(library.openButton).toHaveAttribute('aria-current', 'page');
  });

  test('"continue reading" lists the articles read last, newest first, each opening where it was left', async ({ readerPage, library, api }) => {
    const { chicken, mekong } = await importLibrary(readerPage, library);
    await readTo(api, chicken, 'ประวัติ', 0.5);
    await readTo(api, mekong, 'ภูมิศาสตร์', 0.1);
    await openHomeAgain(readerPage, library);
    await expect(library.continueSection.getByRole('heading')).toHaveText('อ่านต่อ');
    await expect(library.continueItems.locator('.home-continue__title')).toHaveText([mekong, chicken, seed.title]);
    await expect(library.continueItem(chicken)).toContainText('อ่านแล้ว 37%');
    await library.continueItem(chicken).click();
    await expect(readerPage.title).toHaveText(chicken);
    await expect(readerPage.currentTocEntry).toHaveText('ประวัติ');
  });
});

test.describe('removing from home', () => {
  test('removes an imported article with an undo that brings it back as it was; the bundled one has no remove', async ({ readerPage, library, api }) => {
    const { noodles } = await importLibrary(readerPage, library);
    await expect(library.removeButton(library.article(seed.title))).toHaveCount(0);
    const row = library.article(noodles);
    const added = await library.articleDate(row).getAttribute('datetime');

    await library.removeButton(row).click();
    await expect(row).toHaveCount(0);
    await expect(library.count).toHaveText('5 บทความ');
    await expect(library.toast).toContainText(`ลบ “${noodles}” ออกจากคลังแล้ว`);
    await expect(library.announcer).toHaveText(`ลบ “${noodles}” ออกจากคลังแล้ว`);
    // Focus stays in the list, on the row that took the removed one's place.
    await expect(library.list.locator('.home-row__open:focus')).toHaveCount(1);
    expect((await api.call('search', noodles, {})).titles).toEqual([]);

    await library.undoButton.click();
    await expect(library.toast).toHaveCount(0);
    await expect(library.articleDate(row)).toHaveAttribute('datetime', added ?? '');
    await expect(library.count).toHaveText('6 บทความ');
    await expect(library.announcer).toHaveText(`นำ “${noodles}” กลับเข้าคลังแล้ว`);
    await expect(library.list.locator('.home-row__open:focus')).toHaveCount(1);
    expect((await api.call('search', noodles, {})).titles.map((match) => match.title)).toEqual([noodles]);
  });
});

test.describe('the keyboard', () => {
  test('the rows are one Tab stop; arrows, Page Down, Home and End move; Enter opens', async ({ readerPage, library }) => {
    const { byTitle } = await importLibrary(readerPage, library);
    const focusedRow = () => library.list.locator('.home-row:has(:focus)');
    await library.filter.focus();
    // Past the sort buttons, into the list.
    for (let i = 0; i < 4; i++) await readerPage.page.keyboard.press('Tab');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '1');
    await readerPage.page.keyboard.press('ArrowDown');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '2');
    await readerPage.page.keyboard.press('End');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '6');
    await readerPage.page.keyboard.press('Home');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '1');
    await readerPage.page.keyboard.press('PageDown');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '6');
    await readerPage.page.keyboard.press('ArrowUp');
    await readerPage.page.keyboard.press('Enter');
    await expect(readerPage.title).toHaveText(byTitle[4] as string);
  });
});

test.describe('a library of 170,000 articles', () => {
  test('draws only the rows in view, asks for them a page at a time, and reaches the last row from the keyboard', async ({ readerPage, library }) => {
    const total = 170_000;
    const asked: { offset: number; limit: number }[] = [];
    await readerPage.page.route('**/api/browseLibrary', async (route) => {
      const [query] = (route.request().postDataJSON() as { args: [{ offset: number; limit: number }] }).args;
      asked.push(query);
      const articles: CatalogEntry[] = [];
      for (let index = query.offset; index < Math.min(total, query.offset + query.limit); index++) {
        articles.push({
          id: `routed-${index}`,
          title: `บทความที่ ${index + 1}`,
          lang: 'th',
          sectionCount: 3,
          source: 'dump',
          size: 1_500,
          addedAt: '2026-01-15T09:00:00.000Z',
          readProgress: null,
          readAt: null,
        });
      }
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { articles, total, libraryTotal: total } }) });
    });
    await readerPage.open();
    await library.open();
    await expect(library.count).toHaveText('170,000 บทความ');
    await expect(library.articles.first()).toHaveAttribute('aria-setsize', String(total));
    expect(await library.list.locator('.home-row').count()).toBeLessThan(60);

    await library.articleOpen(library.articles.first()).focus();
    await readerPage.page.keyboard.press('End');
    const last = library.list.locator('.home-row:has(:focus)');
    await expect(last).toHaveAttribute('aria-posinset', String(total));
    await expect(library.articleTitle(last)).toHaveText(`บทความที่ ${total}`);
    await expect(library.articles.filter({ hasText: `บทความที่ ${total - 5}` })).toHaveCount(1);
    expect(await library.list.locator('.home-row').count()).toBeLessThan(60);
    expect(Math.max(...asked.map((query) => query.limit))).toBeLessThanOrEqual(100);
    expect(asked.length).toBeLessThan(10);
  });
});

test.describe('accessibility of home', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations with several articles, continue reading and a filter`, async ({ readerPage, library, api }, testInfo) => {
      const { mekong, chicken } = await importLibrary(readerPage, library);
      await readTo(api, mekong, 'ปลา', 0.5);
      await api.call('updateSettings', { theme });
      await openHomeAgain(readerPage, library);
      await expect(readerPage.page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(library.continueItems).toHaveCount(2);
      expect(await scan(readerPage.page, testInfo, `home-${theme}`)).toEqual([]);
      await library.filter.fill('ก');
      await expect(library.count).toHaveText('4 จาก 6 บทความ');
      await library.removeButton(library.article(chicken)).click();
      await expect(library.toast).toBeVisible();
      expect(await scan(readerPage.page, testInfo, `home-filtered-${theme}`)).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  test.use({ reducedMotion: 'reduce' });

  test('saves a screenshot of home with several imported articles, some read', async ({ readerPage, library, api }, testInfo) => {
    // Plain titles, for the README.
    const { mekong, samui } = await importLibrary(readerPage, library, '');
    await readTo(api, mekong, 'ปลา', 0.5);
    await readTo(api, samui, 'ประวัติ', 0.3);
    await openHomeAgain(readerPage, library);
    await readerPage.page.evaluate('document.fonts.ready');
    await expect(library.continueItem(mekong)).toBeVisible();
    await mkdir('test-results/screenshots', { recursive: true });
    const shot = await readerPage.page.screenshot({ path: 'test-results/screenshots/home.png' });
    await testInfo.attach('home', { body: shot, contentType: 'image/png' });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});
