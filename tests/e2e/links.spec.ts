/**
 * Links between articles, lists and subsections. The bundled article has
 * none, so the page is served a small library of its own: the API calls that
 * read articles and reading positions are answered here (`serveLibrary`).
 */
import { mkdir } from 'node:fs/promises';
import type { Locator, Page, Route } from '@playwright/test';
import type { Article, ArticleSummary, Paragraph, Section } from '../../common/article';
import type { ReadingPosition } from '../../common/reading';
import { scan } from './axe';
import { holdEvents } from './eventStream';
import { addressOf, articlePlace } from '../../common/address';
import { expect, test } from './fixtures';

const text = (words: string): Paragraph => ({ runs: [{ text: words }] });
const item = (words: string, depth: number, ordered = false): Paragraph => ({ runs: [{ text: words }], item: { ordered, depth } });
// Enough text that the page scrolls well past a screen.
const filler = Array.from({ length: 8 }, (_, i) =>
  text(`ย่อหน้าที่ ${i + 1} ของเนื้อหาประกอบ ${'ข้อความภาษาไทยสำหรับทดสอบการเลื่อนหน้าและตำแหน่งการอ่าน '.repeat(6)}`),
);

const targetTitle = 'บทความปลายทาง';
const missingTitle = 'ไม่มีบทความนี้';

const home = {
  id: 'links-home',
  title: 'บทความทดสอบลิงก์',
  lang: 'th',
  lead: [
    {
      runs: [
        { text: 'บทนำที่ลิงก์ไปยัง ' },
        { text: targetTitle, link: targetTitle },
        { text: ' และ ' },
        { text: missingTitle, link: missingTitle },
        { text: ' ในย่อหน้าเดียว' },
        { cite: '1' },
      ],
    },
  ],
  sections: [
    {
      id: 'lists',
      heading: 'รายการ',
      level: 2,
      paragraphs: [
        text('ก่อนรายการ'),
        item('ผลไม้', 1),
        item('มะม่วง', 2),
        item('ทุเรียน', 2),
        item('ผัก', 1),
        item('ขั้นแรก', 1, true),
        item('ขั้นที่สอง', 1, true),
        text('หลังรายการ'),
      ],
    },
    { id: 'sub', heading: 'หัวข้อย่อย', level: 3, paragraphs: filler },
    { id: 'subsub', heading: 'หัวข้อย่อยลงไป', level: 4, paragraphs: filler },
    {
      id: 'last',
      heading: 'ส่วนสุดท้าย',
      level: 2,
      paragraphs: [...filler, { runs: [{ text: 'อ่านต่อที่ ' }, { text: 'ปลายทาง', link: `${targetTitle}#ประวัติ` }] }],
    },
  ] satisfies Section[],
  hasReferenceList: true,
} as const satisfies Article;

const target = {
  id: 'links-target',
  title: targetTitle,
  lang: 'th',
  lead: [text('นี่คือบทความปลายทาง')],
  sections: [{ id: 'history', heading: 'ประวัติ', level: 2, paragraphs: [text('ประวัติของปลายทาง')] }],
  hasReferenceList: true,
} as const satisfies Article;

/** The article the missing link names, for when it arrives in the library. */
const arrival = {
  id: 'links-arrival',
  title: missingTitle,
  lang: 'th',
  lead: [text('บทความนี้เพิ่งนำเข้า')],
  sections: [],
  hasReferenceList: true,
} as const satisfies Article;

/** What the served library was asked. */
interface LibraryCalls {
  readonly articles: string[];
  readonly resolved: string[][];
  readonly positions: ReadingPosition[];
  /** Calls in the order they came, by method. */
  readonly order: string[];
}

/** Serves `articles` as the whole library, from the start article to reading positions; `add` puts another in. */
async function serveLibrary(page: Page, articles: readonly Article[]) {
  const library = new Map(articles.map((article) => [article.id, article]));
  const calls: LibraryCalls = { articles: [], resolved: [], positions: [], order: [] };
  const answer = (route: Route, value: unknown) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  const serve = (method: string, handle: (args: readonly unknown[], route: Route) => Promise<void>) =>
    page.route(`**/api/${method}`, (route) => {
      calls.order.push(method);
      return handle((route.request().postDataJSON() as { args: unknown[] }).args, route);
    });
  const summary = (article: Article): ArticleSummary => ({
    id: article.id,
    title: article.title,
    lang: article.lang,
    sectionCount: article.sections.length,
    source: 'html',
    size: 0,
    addedAt: '2026-01-01T00:00:00.000Z',
  });

  await serve('listArticles', ([range], route) => {
    const { offset, limit } = range as { offset: number; limit: number };
    const all = [...library.values()].map(summary);
    return answer(route, { articles: all.slice(offset, offset + limit), total: all.length });
  });
  await serve('getLastReadingPosition', (_, route) => answer(route, null));
  await serve('getReadingPosition', (_, route) => answer(route, null));
  await serve('setReadingPosition', ([position], route) => {
    calls.positions.push(position as ReadingPosition);
    return answer(route, undefined);
  });
  await serve('getArticle', ([id], route) => {
    calls.articles.push(id as string);
    const found = library.get(id as string);
    if (found) return answer(route, found);
    const error = { code: 'not-found', message: `no article with id "${String(id)}"` };
    return route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ ok: false, error }) });
  });
  await serve('resolveTitles', ([titles], route) => {
    calls.resolved.push(titles as string[]);
    const byTitle = new Map([...library.values()].map((article) => [article.title, article.id]));
    return answer(route, (titles as string[]).map((title) => byTitle.get(title) ?? null));
  });
  return {
    calls,
    add(article: Article) {
      library.set(article.id, article);
    },
  };
}

/** The lists directly in `container` (a section or a list item): tags and items, each with its text, paragraph index and nested lists. */
async function listShape(container: Locator): Promise<unknown[]> {
  const shapes: unknown[] = [];
  for (const list of await container.locator(':scope > ul, :scope > ol').all()) {
    const items: unknown[] = [];
    for (const child of await list.locator(':scope > *').all()) {
      const paragraph = child.locator(':scope > .article__block > p');
      items.push({
        tag: await child.evaluate((element) => element.tagName.toLowerCase()),
        text: await paragraph.textContent(),
        paragraph: await paragraph.getAttribute('data-paragraph'),
        lists: await listShape(child),
      });
    }
    shapes.push({ tag: await list.evaluate((element) => element.tagName.toLowerCase()), items });
  }
  return shapes;
}

const li = (text: string, paragraph: number, lists: unknown[] = []) => ({ tag: 'li', text, paragraph: String(paragraph), lists });

test.describe('lists and subsections', () => {
  test('runs of list items show as nested lists, each item its paragraph', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    const section = readerPage.sectionAt(2, 'รายการ');
    expect(await listShape(section)).toEqual([
      { tag: 'ul', items: [li('ผลไม้', 1, [{ tag: 'ul', items: [li('มะม่วง', 2), li('ทุเรียน', 3)] }]), li('ผัก', 4)] },
      { tag: 'ol', items: [li('ขั้นแรก', 5), li('ขั้นที่สอง', 6)] },
    ]);
    // Paragraphs around the lists keep their places too.
    await expect(section.locator('p[data-paragraph="0"]')).toHaveText('ก่อนรายการ');
    await expect(section.locator('p[data-paragraph="7"]')).toHaveText('หลังรายการ');
    // A nested item sits further in than its parent.
    const parent = await section.getByText('ผลไม้', { exact: true }).boundingBox();
    const child = await section.getByText('มะม่วง', { exact: true }).boundingBox();
    expect(child!.x).toBeGreaterThan(parent!.x);
  });

  test('a selection in a list item bookmarks a passage of that item', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    const paragraph = readerPage.sectionAt(2, 'รายการ').locator('p[data-paragraph="3"]');
    await readerPage.selectText(paragraph, 'ทุ', 'เรียน');
    const adding = page.waitForRequest('**/api/addBookmark');
    await page.getByRole('button', { name: 'คั่นหน้าข้อความที่เลือก' }).click();
    const [bookmark] = ((await adding).postDataJSON() as { args: unknown[] }).args;
    expect(bookmark).toMatchObject({ articleId: home.id, sectionId: 'lists', paragraph: 3, range: { start: 0, end: 'ทุเรียน'.length } });
  });

  test('subsections show as h3 and h4, and the table of contents indents them', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(readerPage.headingAt(3, 'หัวข้อย่อย')).toBeVisible();
    await expect(readerPage.headingAt(4, 'หัวข้อย่อยลงไป')).toBeAttached();
    await expect(readerPage.tocEntries).toHaveText(['รายการ', 'หัวข้อย่อย', 'หัวข้อย่อยลงไป', 'ส่วนสุดท้าย']);
    // Nested lists: the TOC's own, one under "รายการ" and one under "หัวข้อย่อย".
    await expect(readerPage.toc.getByRole('list')).toHaveCount(3);
    const x = async (name: string) => (await readerPage.tocEntryText(name).boundingBox())!.x;
    const [section, subsection, deeper, next] = await Promise.all(
      ['รายการ', 'หัวข้อย่อย', 'หัวข้อย่อยลงไป', 'ส่วนสุดท้าย'].map(x),
    );
    expect(subsection).toBeGreaterThan(section!);
    expect(deeper).toBeGreaterThan(subsection!);
    expect(next).toBe(section);

    // A subsection's entry leads there and is marked current; Tab goes through the entries in order.
    await readerPage.chooseTocEntry('หัวข้อย่อยลงไป');
    await expect(readerPage.currentTocEntry).toHaveText('หัวข้อย่อยลงไป');
    await expect(readerPage.headingAt(4, 'หัวข้อย่อยลงไป')).toBeInViewport();
    await readerPage.tocEntry('หัวข้อย่อย').focus();
    // The subsection has one of its own: its entry has a button that collapses it, then the bookmark toggle.
    await page.keyboard.press('Tab');
    await expect(readerPage.tocFoldButton('หัวข้อย่อย')).toBeFocused();
    await expect(readerPage.tocFoldButton('หัวข้อย่อย')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(readerPage.tocBookmarkToggle('หัวข้อย่อย')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(readerPage.tocEntry('หัวข้อย่อยลงไป')).toBeFocused();
  });
});

test.describe('links between articles', () => {
  test("an article's links are resolved in one call, each title once", async ({ readerPage, page }) => {
    const library = await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(readerPage.articleLink(targetTitle)).toBeVisible();
    expect(library.calls.resolved).toEqual([[targetTitle, missingTitle]]);
    // The link text that differs from its title says where it leads.
    await expect(readerPage.articleLink('ปลายทาง')).toHaveAttribute('title', targetTitle);
    await expect(readerPage.articleLink(targetTitle)).not.toHaveAttribute('title');
  });

  test('a link to an article of the library opens it on click', async ({ readerPage, page }) => {
    const library = await serveLibrary(page, [home, target]);
    await readerPage.open();
    await readerPage.articleLink(targetTitle).click();
    await expect(readerPage.title).toHaveText(targetTitle);
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await expect(page).toHaveTitle(new RegExp(targetTitle));
    await expect(readerPage.tocEntries).toHaveText(['ประวัติ']);
    await expect(readerPage.lead).toBeFocused();
    expect(library.calls.articles).toEqual([home.id, target.id]);
    // It is an in-app navigation: the address stays the app's.
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('Enter on a link opens its article at the top, and the place left is saved first', async ({ readerPage, page }) => {
    const library = await serveLibrary(page, [home, target]);
    await readerPage.open();
    await readerPage.chooseTocEntry('ส่วนสุดท้าย');
    await expect(readerPage.currentTocEntry).toHaveText('ส่วนสุดท้าย');
    const link = readerPage.articleLink('ปลายทาง');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await expect(readerPage.title).toHaveText(targetTitle);
    expect(await readerPage.scrollY()).toBe(0);
    await expect(readerPage.title).toBeInViewport();
    await expect(readerPage.lead).toBeFocused();
    // Nothing of the article left carries over: no current section, no fragment naming one of its sections.
    await expect(readerPage.currentTocEntry).toHaveCount(0);
    expect(readerPage.addressedSection()).toBe('');
    // Where the reader was in the first article was written before the second was asked for.
    const saved = library.calls.positions.filter((position) => position.articleId === home.id).at(-1);
    expect(saved).toMatchObject({ articleId: home.id, sectionId: 'last' });
    const order = library.calls.order;
    expect(order.lastIndexOf('setReadingPosition')).toBeLessThan(order.lastIndexOf('getArticle'));
  });

  test('a link the library has no article for is marked, says so, and leads nowhere', async ({ readerPage, page }) => {
    const library = await serveLibrary(page, [home, target]);
    await readerPage.open();
    const missing = readerPage.missingLink(missingTitle);
    await expect(missing).toBeVisible();
    await expect(missing).toHaveAttribute('title', `“${missingTitle}” ไม่มีในคลังของคุณ`);
    await expect(missing).toHaveCSS('text-decoration-style', 'dotted');
    await expect(readerPage.main.getByRole('link', { name: missingTitle })).toHaveCount(0);
    // Screen readers read the note with the text.
    const lead = readerPage.lead.locator('p[data-paragraph="0"]');
    expect(await lead.ariaSnapshot()).toContain(`${missingTitle} (ไม่มีในคลังของคุณ)`);
    // Nor is it a link in look: not the link colour.
    const colour = await readerPage
      .articleLink(targetTitle)
      .evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).color);
    await expect(missing).not.toHaveCSS('color', colour);

    await missing.click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await expect(readerPage.loadingStatus).toHaveCount(0);
    expect(library.calls.articles).toEqual([home.id]);

    // In English too.
    await readerPage.switchLanguage('en');
    await expect(missing).toHaveAttribute('title', `“${missingTitle}” is not in your library`);
    expect(await lead.ariaSnapshot()).toContain(`${missingTitle} (not in your library)`);
  });

  test('a library change asks again, and a missing link whose article arrived becomes a link', async ({ readerPage, page }) => {
    const events = await holdEvents(page);
    const library = await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(readerPage.missingLink(missingTitle)).toBeVisible();
    library.add(arrival);
    await events.send([{ type: 'libraryChanged', change: { added: [arrival.id], removed: [], more: false } }]);
    await expect(readerPage.articleLink(missingTitle)).toBeVisible();
    await expect(readerPage.missingLink(missingTitle)).toHaveCount(0);
    expect(library.calls.resolved).toHaveLength(2);
    await readerPage.articleLink(missingTitle).click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', arrival.id);
  });

  test("a link's address is its article's in the app", async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(readerPage.articleLink(targetTitle)).toHaveAttribute('href', addressOf(articlePlace(target.id)));
  });
});

test.describe('back and forward', () => {
  const backButton = (page: Page) => page.getByRole('button', { name: 'ย้อนกลับ', exact: true });
  const forwardButton = (page: Page) => page.getByRole('button', { name: 'ไปข้างหน้า', exact: true });

  test('back returns to the article at the place left, forward to the article the link opened', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(backButton(page)).toBeDisabled();
    await readerPage.chooseTocEntry('ส่วนสุดท้าย');
    await expect(readerPage.currentTocEntry).toHaveText('ส่วนสุดท้าย');
    // Where the link is: clicking it leaves the page there.
    const link = readerPage.articleLink('ปลายทาง');
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    const left = (await link.boundingBox())!.y;

    await link.click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    expect(readerPage.currentPlace()).toEqual(articlePlace(target.id));
    await expect(forwardButton(page)).toBeDisabled();

    await backButton(page).click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    // The link is where it was on the screen.
    await expect.poll(async () => Math.abs((await link.boundingBox())!.y - left)).toBeLessThan(8);
    await expect(readerPage.currentTocEntry).toHaveText('ส่วนสุดท้าย');
    expect(readerPage.currentPlace()).toEqual(articlePlace(home.id, 'last'));

    await forwardButton(page).click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await expect(readerPage.title).toBeInViewport();
    expect(await readerPage.scrollY()).toBe(0);
  });

  test('Alt+← and Alt+→ go back and forward, and so do the mouse\'s side buttons', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await readerPage.articleLink(targetTitle).click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await page.keyboard.press('Alt+ArrowRight');
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    // Playwright's mouse has no side buttons: the events a mouse sends for them.
    const side = (button: 3 | 4) =>
      page.evaluate(`window.dispatchEvent(new MouseEvent('mouseup', { button: ${button}, cancelable: true }))`);
    await side(3);
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await side(4);
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
  });

  test("an article's address opens it directly, the browser's back and forward follow the reader's, and a reload stays", async ({ readerPage, page }) => {
    const library = await serveLibrary(page, [home, target]);
    await readerPage.openFresh(addressOf(articlePlace(target.id)));
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    expect(library.calls.articles).toEqual([target.id]);

    await readerPage.openFresh();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    // The start article gets its address, without an entry of its own.
    await expect.poll(() => readerPage.currentPlace()).toEqual(articlePlace(home.id));
    await readerPage.articleLink(targetTitle).click();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await page.goBack();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await page.goForward();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);

    await page.goBack();
    await readerPage.chooseTocEntry('หัวข้อย่อย');
    await page.mouse.wheel(0, 100);
    // Once the scroll has ended, the entry keeps where it ended.
    await expect.poll(() => page.evaluate('history.state.spot.scrollY === window.scrollY && window.scrollY > 0')).toBe(true);
    const heading = readerPage.headingAt(3, 'หัวข้อย่อย');
    const seen = (await heading.boundingBox())!.y;
    await readerPage.reload();
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await expect.poll(async () => Math.abs((await heading.boundingBox())!.y - seen)).toBeLessThan(8);
  });

  test('a link followed from the keyboard, then back: focus is in the article each time', async ({ readerPage, page }) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await readerPage.articleLink(targetTitle).focus();
    await page.keyboard.press('Enter');
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', target.id);
    await expect(readerPage.lead).toBeFocused();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(readerPage.readyArticle).toHaveAttribute('data-article', home.id);
    await expect(readerPage.main).toBeFocused();
  });
});

test.describe('articles with links', () => {
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    test(`${theme}: no serious or critical axe violations on an article with links, lists and subsections`, async ({ readerPage, page, api }, testInfo) => {
      await serveLibrary(page, [home, target]);
      await api.call('updateSettings', { theme });
      await readerPage.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(readerPage.missingLink(missingTitle)).toBeVisible();
      expect(await scan(page, testInfo, `${theme}-links`)).toEqual([]);
    });
  }

  test('saves a screenshot of an article with links, lists and subsections', async ({ readerPage, page }, testInfo) => {
    await serveLibrary(page, [home, target]);
    await readerPage.open();
    await expect(readerPage.missingLink(missingTitle)).toBeVisible();
    await page.evaluate('document.fonts.ready');
    // The pointer on a list item shows its bookmark button, in the gutter with the paragraphs'.
    await readerPage.sectionAt(2, 'รายการ').getByText('มะม่วง', { exact: true }).hover();
    await mkdir('test-results/screenshots', { recursive: true });
    const path = 'test-results/screenshots/links-lists.png';
    await page.screenshot({ path });
    await testInfo.attach('links-lists', { path, contentType: 'image/png' });
  });
});

