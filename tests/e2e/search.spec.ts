import { mkdir } from 'node:fs/promises';
import { expect, seed, test } from './fixtures';

/** How many times `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

test.describe('search box', () => {
  test('is a labelled search landmark in the banner with a combobox', async ({ search }) => {
    await expect(search.landmark).toHaveAttribute('aria-label', 'ค้นหา');
    await expect(search.box).toHaveAccessibleName('ค้นหาในบทความ');
    await expect(search.box).toHaveAttribute('aria-expanded', 'false');
    await expect(search.panel).toHaveCount(0);
  });

  test('Ctrl+K, Ctrl+F and "/" focus the box', async ({ search }) => {
    await search.press('Control+k');
    await expect(search.box).toBeFocused();
    await search.press('Escape');
    await expect(search.box).not.toBeFocused();

    await search.press('Control+f');
    await expect(search.box).toBeFocused();
    await search.press('Escape');

    await search.press('/');
    await expect(search.box).toBeFocused();
    // The slash that focused the box is not typed into it; inside the box, "/" is just a character.
    expect(await search.value()).toBe('');
    await search.press('/');
    expect(await search.value()).toBe('/');
  });

  test('a blank query opens no panel', async ({ search }) => {
    await search.type('   ');
    await expect(search.panel).toHaveCount(0);
    await expect(search.box).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('results as you type', () => {
  test('a Thai word finds its section, with the heading and a highlighted excerpt', async ({ search }) => {
    await search.type('ลาฟรอฟ');
    await expect(search.options).toHaveCount(1);
    const option = search.options.first();
    await expect(search.optionHeading(option)).toHaveText('อัฟกานิสถาน');
    await expect(search.optionMatch(option)).toHaveText('ลาฟรอฟ');
    await expect(option).toContainText('เซียร์เกย์');
    await expect(search.groups).toHaveCount(1);
    await expect(search.groups.first()).toHaveAccessibleName(seed.title);
    await expect(search.count).toHaveText('พบ 1 ส่วนใน 1 บทความ');
    await expect(search.announcement).toHaveText('พบ 1 ส่วนใน 1 บทความ');
    await expect(search.box).toHaveAttribute('aria-expanded', 'true');
    await expect(search.box).toHaveAttribute('aria-controls', (await search.listbox.getAttribute('id'))!);
  });

  test('a prefix of a word finds it', async ({ search }) => {
    await search.type('คาซัค');
    await expect(search.option('คาซัคสถาน')).toHaveCount(1);
    await expect(search.optionMatch(search.option('คาซัคสถาน'))).toHaveText('คาซัค');
  });

  test('a number finds its section', async ({ search }) => {
    await search.type('2007');
    await expect(search.options).toHaveCount(1);
    await expect(search.optionHeading(search.options.first())).toHaveText(seed.headings[0]);
    await expect(search.optionMatch(search.options.first())).toHaveText('2007');
  });

  test('a word in many sections lists each section once, counted', async ({ search }) => {
    await search.type('รัสเซีย');
    await expect(search.answeredPanel).toBeVisible();
    const count = await search.hitOptions.count();
    expect(count).toBeGreaterThan(3);
    await expect(search.count).toHaveText(`พบ ${count} ส่วนใน 1 บทความ`);
    // The lead is listed under its own name, not the article title again.
    await expect(search.option('บทนำ')).toHaveCount(1);
  });

  test('a query with no match says so', async ({ search }) => {
    await search.type('ไม่มีคำนี้แน่นอน');
    await expect(search.noResults).toContainText('ไม่พบผลลัพธ์สำหรับ “ไม่มีคำนี้แน่นอน”');
    await expect(search.announcement).toHaveText('ไม่พบผลลัพธ์สำหรับ “ไม่มีคำนี้แน่นอน”');
    await expect(search.options).toHaveCount(0);
    await expect(search.box).toHaveAttribute('aria-expanded', 'false');
  });

  test('an answer to an older query arriving late does not replace the newer one', async ({ search, page }) => {
    // The real server answers; only the first query's answer is held back until the second has arrived.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/search', async (route) => {
      const [query] = (route.request().postDataJSON() as { args: [string] }).args;
      if (query === 'รัสเซีย') await held;
      await route.continue();
    });
    const asked = page.waitForRequest((request) => request.postData()?.includes('รัสเซีย') ?? false);
    await search.type('รัสเซีย');
    await asked;
    await search.fill('ลาฟรอฟ');
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.options).toHaveCount(1);
    const late = page.waitForResponse((response) => response.request().postData()?.includes('รัสเซีย') ?? false);
    release();
    await late;
    // Two frames: time for the page to have handled that answer, had it not dropped it.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await expect(search.options).toHaveCount(1);
    await expect(search.optionMatch(search.options.first())).toHaveText('ลาฟรอฟ');
  });

  test('hostile input never shows an error', async ({ search }) => {
    for (const query of ['a:b', 'foo^', '*', '😀', 'ก'.repeat(300), '"(', '\\', 'ั', '~1 +-']) {
      await search.fill(query);
      await expect(search.answeredPanel).toBeVisible();
      await expect(search.error).toHaveCount(0);
    }
  });

  test('shows an error when the search fails', async ({ search, page }) => {
    await page.route('**/api/search', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'the index is unavailable' } }),
      }),
    );
    await search.type('รัสเซีย');
    await expect(search.error).toContainText('ค้นหาไม่สำเร็จ');
    await expect(search.error).toContainText('the index is unavailable');
    await expect(search.announcement).toHaveText('ค้นหาไม่สำเร็จ');
  });

  test('speaks English when the UI is English', async ({ reader, search }) => {
    await reader.switchLanguage('en');
    await expect(search.box).toHaveAccessibleName('Search articles');
    await search.type('ลาฟรอฟ');
    await expect(search.count).toHaveText('1 section in 1 article');
    await search.fill('zzzqqq');
    await expect(search.noResults).toContainText('No results for “zzzqqq”');
  });
});

test.describe('choosing a result', () => {
  test('arrow keys and Enter go to the section and highlight the match', async ({ reader, search }) => {
    await search.type('ลาฟรอฟ');
    await expect(search.options).toHaveCount(1);
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveCount(1);
    await expect(search.box).toHaveAttribute('aria-activedescendant', (await search.activeOption.getAttribute('id'))!);
    await search.press('Enter');

    await expect(search.panel).toHaveCount(0);
    await expect.poll(() => reader.headingTop('อัฟกานิสถาน')).toBeLessThan(120);
    await expect(search.marks).toHaveCount(1);
    await expect(search.marks.first()).toHaveText('ลาฟรอฟ');
    await expect(search.section('อัฟกานิสถาน').locator('mark.search-hit')).toHaveCount(1);
    await expect(search.currentMark).toHaveText('ลาฟรอฟ');
    await expect(search.marks.first()).toBeInViewport();
    await expect(search.matchPosition).toHaveText('ผลที่ 1 จาก 1');
    await expect(reader.currentTocEntry).toHaveText('อัฟกานิสถาน');
  });

  test('arrow keys move through the results and wrap around', async ({ search }) => {
    await search.type('รัสเซีย');
    await expect(search.answeredPanel).toBeVisible();
    const count = await search.options.count();
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveId((await search.options.nth(0).getAttribute('id'))!);
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveId((await search.options.nth(1).getAttribute('id'))!);
    await search.press('ArrowUp');
    await search.press('ArrowUp');
    await expect(search.activeOption).toHaveId((await search.options.nth(count - 1).getAttribute('id'))!);
  });

  test('every match in the section is highlighted, and the bar moves between them', async ({ reader, search }) => {
    await search.type('รัสเซีย');
    await search.chooseOption('อัฟกานิสถาน');
    await expect.poll(() => reader.headingTop('อัฟกานิสถาน')).toBeLessThan(120);

    const expected = occurrences(await search.sectionText('อัฟกานิสถาน'), 'รัสเซีย');
    expect(expected).toBeGreaterThan(3);
    await expect(search.marks).toHaveCount(expected);
    await expect(search.section('อัฟกานิสถาน').locator('mark.search-hit')).toHaveCount(expected);
    await expect(search.matchPosition).toHaveText(`ผลที่ 1 จาก ${expected}`);
    await expect(search.mark(0)).toHaveAttribute('aria-current', 'true');
    await expect(search.currentMark).toHaveCount(1);

    // The bar has focus: Enter goes to the next match.
    await expect(search.nextMatch).toBeFocused();
    await search.press('Enter');
    await expect(search.matchPosition).toHaveText(`ผลที่ 2 จาก ${expected}`);
    await expect(search.mark(1)).toHaveAttribute('aria-current', 'true');
    await expect(search.mark(1)).toHaveClass(/search-hit--current/);
    await expect(search.mark(0)).not.toHaveAttribute('aria-current');
    await expect(search.mark(1)).toBeInViewport();

    await search.press('F3');
    await expect(search.matchPosition).toHaveText(`ผลที่ 3 จาก ${expected}`);
    await search.press('Shift+F3');
    await search.press('Shift+Enter');
    await expect(search.matchPosition).toHaveText(`ผลที่ 1 จาก ${expected}`);
    await search.previousMatch.click();
    await expect(search.matchPosition).toHaveText(`ผลที่ ${expected} จาก ${expected}`);
    await expect(search.mark(expected - 1)).toBeInViewport();

    await search.closeMatches.click();
    await expect(search.marks).toHaveCount(0);
    await expect(search.matchBar).toHaveCount(0);
    expect(await search.focusedElement()).toBe(await reader.headingElementId('อัฟกานิสถาน'));
  });

  test('Escape in the bar clears the highlights', async ({ search }) => {
    await search.type('คาซัค');
    await search.press('Enter');
    await expect(search.marks).not.toHaveCount(0);
    await expect(search.nextMatch).toBeFocused();
    await search.press('Escape');
    await expect(search.marks).toHaveCount(0);
    await expect(search.matchBar).toHaveCount(0);
  });

  test('a match in the heading is highlighted in the heading', async ({ reader, search }) => {
    await search.type('คาซัค');
    await search.press('Enter');
    await expect(reader.heading('คาซัคสถาน').locator('mark.search-hit')).toHaveText('คาซัค');
    await expect(search.marks).toHaveCount(occurrences(await search.sectionText('คาซัคสถาน'), 'คาซัค'));
  });

  test('a result in the lead highlights the title and the lead', async ({ reader, search }) => {
    await reader.scrollHeadingTo('อิหร่าน', 100);
    await search.type('รัสเซีย');
    await search.chooseOption('บทนำ');
    await expect(search.panel).toHaveCount(0);
    await expect(reader.title.locator('mark.search-hit')).toHaveText('รัสเซีย');
    await expect(reader.title).toBeInViewport({ ratio: 1 });
    await expect.poll(() => reader.scrollY()).toBeLessThan(20);
    await expect(search.marks).not.toHaveCount(0);
    await expect(search.section('อิหร่าน').locator('mark.search-hit')).toHaveCount(0);
  });
});

test.describe('leaving search', () => {
  test('Escape clears the box and returns the reader to where they were', async ({ reader, search }) => {
    await reader.scrollHeadingTo('อิหร่าน', 200);
    const before = await reader.scrollY();
    expect(before).toBeGreaterThan(0);

    await search.press('Control+k');
    await search.box.pressSequentially('คาซัค');
    await expect(search.options).toHaveCount(1);
    // The reader wanders off while the panel is open.
    await reader.scrollToBottom();
    await expect.poll(() => reader.scrollY()).toBeGreaterThan(before);

    await search.press('Escape');
    await expect(search.panel).toHaveCount(0);
    expect(await search.value()).toBe('');
    await expect.poll(() => reader.scrollY()).toBe(before);
    // Nothing had focus before: focus goes to the article.
    await expect(reader.main).toBeFocused();
  });

  test('Escape returns focus to what had it before', async ({ reader, search }) => {
    const copy = reader.copyLinkButton('อิหร่าน');
    await copy.focus();
    await search.press('/');
    await expect(search.box).toBeFocused();
    await search.box.pressSequentially('2007');
    await expect(search.options).toHaveCount(1);
    await search.press('Escape');
    await expect(copy).toBeFocused();
  });

  test('the clear button empties the box and keeps focus in it', async ({ search }) => {
    await search.type('คาซัค');
    await expect(search.options).toHaveCount(1);
    await search.clearButton.click();
    expect(await search.value()).toBe('');
    await expect(search.box).toBeFocused();
    await expect(search.panel).toHaveCount(0);
  });
});

test.describe('screenshots', () => {
  // Instant scrolling, so that no screenshot catches the page mid-scroll.
  test.use({ reducedMotion: 'reduce' });

  test('saves screenshots of the results panel and of the highlights', async ({ reader, search }, testInfo) => {
    await reader.page.evaluate('document.fonts.ready');
    await search.type('รัสเซีย');
    await expect(search.answeredPanel).toBeVisible();
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await mkdir('test-results/screenshots', { recursive: true });
    const panel = await reader.page.screenshot({ path: 'test-results/screenshots/search.png' });
    await testInfo.attach('search', { body: panel, contentType: 'image/png' });

    await search.press('Enter');
    await expect(search.matchBar).toBeVisible();
    await search.press('Enter');
    await expect(search.currentMark).toBeInViewport();
    const highlights = await reader.page.screenshot({ path: 'test-results/screenshots/search-highlights.png' });
    await testInfo.attach('search-highlights', { body: highlights, contentType: 'image/png' });
    expect(panel.byteLength).toBeGreaterThan(10_000);
  });

  test('saves a screenshot of search in a narrow window', async ({ reader, search }, testInfo) => {
    await reader.page.setViewportSize({ width: 400, height: 800 });
    await reader.page.evaluate('document.fonts.ready');
    await search.type('คาซัค');
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.box).toBeInViewport({ ratio: 1 });
    await mkdir('test-results/screenshots', { recursive: true });
    const panel = await reader.page.screenshot({ path: 'test-results/screenshots/search-narrow.png' });
    await testInfo.attach('search-narrow', { body: panel, contentType: 'image/png' });
    await search.press('Enter');
    await expect(search.matchBar).toBeInViewport({ ratio: 1 });
    await reader.page.screenshot({ path: 'test-results/screenshots/search-narrow-highlights.png' });
  });
});
