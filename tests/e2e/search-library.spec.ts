/**
 * Search across the library: articles imported (through the real upload
 * endpoint and import queue) beside the bundled one, then found by title and
 * by text, grouped by article, in one article or all of them, page by page.
 */
import { mkdir } from 'node:fs/promises';
import { scan } from './axe';
import { expect, seed, test } from './fixtures';
import { importArticles, wikiDump } from './imports';
import type { TestFile } from './pages/HomePage';

const themes = ['light', 'sepia', 'dark'] as const;
/** Hits one page of the panel lists: `searchPageSize` in renderer/features/search/pages.ts (the e2e project cannot import the renderer's). */
const searchPageSize = 50;

/** The second article: a text export that speaks of Russia in its lead and in one section, and of papayas in that section. */
const otherTitle = 'ทดสอบการค้นหาทั้งคลัง';
const otherSection = 'เศรษฐกิจ';
/** A word only the second article holds (in `otherSection`). */
const onlyInOther = 'มะละกอ';
/** Another title of the second article: a redirect in a dump. */
const alias = 'นามแฝงของบทความทดสอบ';

function otherArticle(): TestFile {
  const text = [
    otherTitle,
    '',
    `${otherTitle} เป็นบทความสำหรับทดสอบการค้นหาข้ามบทความ ซึ่งกล่าวถึงรัสเซียเล็กน้อย`,
    '',
    `${otherSection} แก้`,
    '',
    `รัสเซียส่งออกน้ำมันและก๊าซธรรมชาติ ส่วน${onlyInOther}เป็นผลไม้ที่ปลูกในเขตร้อน`,
    '',
  ].join('\n');
  return { name: 'other-article.txt', mimeType: 'text/plain', buffer: Buffer.from(text) };
}

/** A redirect from `alias` to the second article. */
function aliasDump(): TestFile {
  return wikiDump('alias-dump.xml', [{ title: alias, redirect: otherTitle }]);
}

/** A word every page of the papaya dump holds in its title, its lead and its one section. */
const everywhere = 'มะละกอ';
/** More articles than one page of results lists, each with two sections that hold `everywhere`. */
const papayaPages = searchPageSize + 10;

function papayaDump(): TestFile {
  const pages = Array.from({ length: papayaPages }, (_, index) => {
    const title = `${everywhere}พันธุ์ที่ ${index + 1}`;
    return { title, text: `'''${title}''' เป็นพันธุ์${everywhere}สำหรับทดสอบ\n\n== การปลูก ==\nการปลูก${everywhere}พันธุ์นี้ใช้เวลาไม่นาน\n` };
  });
  return wikiDump('papaya-dump.xml', pages);
}

test.describe('results from the whole library', () => {
  test('a query in both articles shows a group for each, and counts sections in articles', async ({ library, reader, search }) => {
    await importArticles(library, [otherArticle()], 1);
    await expect(reader.title).toHaveText(seed.title);
    await search.type('รัสเซีย');
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.articleGroups).toHaveCount(2);
    await expect(search.articleGroup(seed.title)).toHaveAccessibleName(seed.title);
    await expect(search.articleGroup(otherTitle)).toHaveAccessibleName(otherTitle);
    // The second article's lead and its one section.
    await expect(search.articleGroup(otherTitle).getByRole('option')).toHaveCount(2);
    const sections = await search.hitOptions.count();
    expect(sections).toBeGreaterThan(2);
    await expect(search.count).toHaveText(`พบ ${sections} ส่วนใน 2 บทความ`);
    await expect(search.announcement).toHaveText(`พบ ${sections} ส่วนใน 2 บทความ`);
    // The bundled article's title holds the word too: it is listed first, under "Articles".
    await expect(search.titleGroup).toHaveAccessibleName('บทความ');
    await expect(search.titleOption(seed.title)).toHaveCount(1);
  });

  test('part of a title lists the article under "Articles", and choosing it opens the article at its top', async ({ library, reader, search }) => {
    await importArticles(library, [otherArticle()], 1);
    await reader.scrollHeadingTo('อิหร่าน', 100);
    await search.type('ค้นหาทั้งคลัง');
    await expect(search.titleGroup).toHaveAccessibleName('บทความ');
    await expect(search.titleOption(otherTitle)).toHaveCount(1);
    await expect(search.titleOptions.first()).toContainText(otherTitle);
    // Enter with nothing active takes the first result: the title.
    await search.press('Enter');
    await expect(search.panel).toHaveCount(0);
    await expect(reader.title).toHaveText(otherTitle);
    await expect.poll(() => reader.scrollY()).toBeLessThan(20);
  });

  test('a redirect title lists its article "via" the redirect, counted as a title', async ({ library, reader, search }) => {
    await importArticles(library, [otherArticle(), aliasDump()], 1);
    await search.type(alias);
    const option = search.titleOption(otherTitle);
    await expect(option).toHaveCount(1);
    await expect(option).toContainText(`เปลี่ยนทางจาก ${alias}`);
    await expect(search.count).toHaveText('พบชื่อบทความที่ตรง 1 รายการ');
    await expect(search.noResults).toHaveCount(0);

    await search.press('Escape');
    await reader.switchLanguage('en');
    await search.type(alias);
    await expect(search.titleOption(otherTitle)).toContainText(`via ${alias}`);
    await expect(search.titleGroup).toHaveAccessibleName('Articles');
    await expect(search.count).toHaveText('1 matching title');
  });

  test('"more than" when counting stopped short', async ({ search, page }) => {
    // The real answer, with its counting cut short as a large library's would be.
    await page.route('**/api/search', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; value?: Record<string, unknown> };
      if (body.value) body.value = { ...body.value, total: 500, exact: false };
      await route.fulfill({ response, json: body });
    });
    await search.type('รัสเซีย');
    await expect(search.count).toHaveText('พบมากกว่า 500 ส่วนใน 1 บทความขึ้นไป');
  });
});

test.describe('the scope switch', () => {
  test('"this article" limits the hits to the open article; it is reached with Tab and pressed with Space', async ({ library, search }) => {
    await importArticles(library, [otherArticle()], 1);
    await search.type('รัสเซีย');
    await expect(search.articleGroups).toHaveCount(2);
    await expect(search.scopeSwitch).toHaveAccessibleName('ค้นหาใน');
    await expect(search.scopeButton('ทั้งคลัง')).toHaveAttribute('aria-pressed', 'true');
    await expect(search.scopeButton('บทความนี้')).toHaveAttribute('aria-pressed', 'false');

    // The box, its clear button, then the switch.
    await search.press('Tab');
    await search.press('Tab');
    await expect(search.scopeButton('ทั้งคลัง')).toBeFocused();
    await search.press('Tab');
    await expect(search.scopeButton('บทความนี้')).toBeFocused();
    await search.press('Space');
    await expect(search.scopeButton('บทความนี้')).toHaveAttribute('aria-pressed', 'true');
    await expect(search.scopeButton('ทั้งคลัง')).toHaveAttribute('aria-pressed', 'false');
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.articleGroups).toHaveCount(1);
    await expect(search.articleGroup(seed.title)).toHaveCount(1);
    await expect(search.titleGroup).toHaveCount(0);
    const sections = await search.hitOptions.count();
    await expect(search.count).toHaveText(`พบ ${sections} ส่วนใน 1 บทความ`);

    // A click keeps focus in the box.
    await search.box.focus();
    await search.scopeButton('ทั้งคลัง').click();
    await expect(search.box).toBeFocused();
    await expect(search.articleGroups).toHaveCount(2);

    // Escape from the switch leaves the search, as from the box.
    await search.scopeButton('บทความนี้').focus();
    await search.press('Escape');
    await expect(search.panel).toHaveCount(0);
    expect(await search.value()).toBe('');
  });

  test('speaks English when the UI is English', async ({ reader, search }) => {
    await reader.switchLanguage('en');
    await search.type('ลาฟรอฟ');
    await expect(search.scopeSwitch).toHaveAccessibleName('Search in');
    await expect(search.scopeButton('Whole library')).toHaveAttribute('aria-pressed', 'true');
    await expect(search.scopeButton('This article')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('choosing a result in another article', () => {
  test('arrow keys and Enter open the article and highlight the match in its section', async ({ library, reader, search }) => {
    await importArticles(library, [otherArticle()], 1);
    await search.type(onlyInOther);
    await expect(search.hitOptions).toHaveCount(1);
    await expect(search.articleGroup(otherTitle)).toHaveCount(1);
    await search.press('ArrowDown');
    await search.press('Enter');

    await expect(search.panel).toHaveCount(0);
    await expect(reader.title).toHaveText(otherTitle);
    await expect(search.section(otherSection).locator('mark.search-hit')).toHaveText(onlyInOther);
    await expect(search.marks).toHaveCount(1);
    await expect(search.currentMark).toBeInViewport();
    await expect(search.matchPosition).toHaveText('ผลที่ 1 จาก 1');
    await expect(search.nextMatch).toBeFocused();
    await expect(reader.currentTocEntry).toHaveText(otherSection);
  });

  test('a click on a hit in the bundled article goes back to it, at the section', async ({ library, reader, search }) => {
    await importArticles(library, [otherArticle()], 1);
    await search.type(onlyInOther);
    await search.press('Enter');
    await expect(reader.title).toHaveText(otherTitle);

    await search.fill('ลาฟรอฟ');
    await search.box.focus();
    await expect(search.answeredPanel).toBeVisible();
    await search.chooseOption('อัฟกานิสถาน');
    await expect(reader.title).toHaveText(seed.title);
    await expect.poll(() => reader.headingTop('อัฟกานิสถาน')).toBeLessThan(120);
    await expect(search.section('อัฟกานิสถาน').locator('mark.search-hit')).toHaveText('ลาฟรอฟ');
    await expect(search.currentMark).toBeInViewport();
    await expect(reader.currentTocEntry).toHaveText('อัฟกานิสถาน');
  });
});

test.describe('more results', () => {
  test('appends the next page until every section is listed; a new query starts again', async ({ library, search }) => {
    await importArticles(library, [papayaDump()], papayaPages);
    await search.type(everywhere);
    await expect(search.count).toHaveText(`พบ ${papayaPages * 2} ส่วนใน ${papayaPages} บทความ`);
    await expect(search.hitOptions).toHaveCount(searchPageSize);
    await expect(search.moreButton).toHaveText('แสดงเพิ่ม');

    await search.moreButton.click();
    await expect(search.hitOptions).toHaveCount(searchPageSize * 2);
    // The first new result is active and in view; focus never left the box.
    await expect(search.box).toBeFocused();
    await expect(search.activeOption).toHaveCount(1);
    await expect(search.activeOption).toBeInViewport();
    await expect(search.box).toHaveAttribute('aria-activedescendant', (await search.activeOption.getAttribute('id'))!);

    // From the keyboard: the button takes focus, and gives it back to the box with the page.
    await search.moreButton.focus();
    await search.press('Enter');
    await expect(search.hitOptions).toHaveCount(papayaPages * 2);
    await expect(search.moreButton).toHaveCount(0);
    await expect(search.box).toBeFocused();
    await expect(search.count).toHaveText(`พบ ${papayaPages * 2} ส่วนใน ${papayaPages} บทความ`);

    await search.fill(everywhere.slice(0, 4));
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.hitOptions).toHaveCount(searchPageSize);
    await expect(search.moreButton).toBeVisible();
  });
});

test.describe('accessibility scans', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations in results grouped by article, with titles and more results`, async ({ library, reader, search, api }, testInfo) => {
      await importArticles(library, [otherArticle(), papayaDump()], papayaPages + 1);
      await api.call('updateSettings', { theme });
      await reader.reload();
      await expect(reader.page.locator('html')).toHaveAttribute('data-theme', theme);
      await search.type(everywhere);
      await expect(search.answeredPanel).toBeVisible();
      await expect(search.titleOptions).not.toHaveCount(0);
      expect(await search.articleGroups.count()).toBeGreaterThan(1);
      await expect(search.moreButton).toBeVisible();
      await search.press('ArrowDown');
      await expect(search.activeOption).toHaveCount(1);
      expect(await scan(reader.page, testInfo, `${theme}-search-library`)).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  test.use({ reducedMotion: 'reduce' });

  test('saves a screenshot of results from the whole library, grouped by article', async ({ library, reader, search }, testInfo) => {
    await importArticles(library, [otherArticle(), aliasDump()], 1);
    await reader.page.evaluate('document.fonts.ready');
    await search.type('รัสเซีย');
    await expect(search.articleGroups).toHaveCount(2);
    await search.press('ArrowDown');
    await mkdir('test-results/screenshots', { recursive: true });
    const panel = await reader.page.screenshot({ path: 'test-results/screenshots/search-library.png' });
    await testInfo.attach('search-library', { body: panel, contentType: 'image/png' });
    expect(panel.byteLength).toBeGreaterThan(10_000);
  });
});
