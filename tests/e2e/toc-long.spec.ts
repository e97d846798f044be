/**
 * The table of contents of a long article: a wiki dump with 40 sections,
 * each with two subsections and a sub-subsection (160 entries), beside a
 * short one. Subsections collapse (the long article starts collapsed), a
 * filter lists matching headings, and "you are here" stays on the entry that
 * shows the current section, per article.
 */
import { mkdir } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { addressOf, articlePlace } from '../../common/address';
import { leadSectionId } from '../../common/article';
import { scan } from './axe';
import { expect, seed, test, type ReaderApiClient } from './fixtures';
import { importArticles, wikiDump } from './imports';
import type { HomePage } from './pages/HomePage';
import type { ReaderPage } from './pages/ReaderPage';
import { TocPanel } from './pages/TocPanel';

const themes = ['light', 'sepia', 'dark'] as const;

const longTitle = 'บทความยาวสำหรับทดสอบสารบัญ';
const shortTitle = 'บทความสั้นสำหรับทดสอบสารบัญ';
const parts = 40;

/** The headings of part `n` of the long article: a section, two subsections, and a sub-subsection under the first. */
const part = (n: number) => ({
  section: `ภาคที่ ${n}`,
  history: `ประวัติภาคที่ ${n}`,
  ancient: `สมัยโบราณของภาคที่ ${n}`,
  economy: `เศรษฐกิจภาคที่ ${n}`,
});

/** A word only one sub-subsection holds, for search to find. */
const searchedWord = 'ทุเรียนหมอนทอง';
const searchedPart = 15;

const paragraph = (words: string) => `${words} ${'ข้อความภาษาไทยสำหรับทดสอบการเลื่อนหน้าและสารบัญของบทความยาว '.repeat(4)}\n\n`;

function longArticleText(): string {
  let text = `'''${longTitle}''' เป็นบทความยาวที่มีหัวข้อย่อยหลายระดับ\n\n`;
  for (let n = 1; n <= parts; n++) {
    const p = part(n);
    text += `== ${p.section} ==\n${paragraph(p.section)}`;
    text += `=== ${p.history} ===\n${paragraph(p.history)}`;
    text += `==== ${p.ancient} ====\n${paragraph(n === searchedPart ? `${p.ancient} ${searchedWord}` : p.ancient)}`;
    text += `=== ${p.economy} ===\n${paragraph(p.economy)}`;
  }
  return text;
}

/** 3 sections and 3 subsections: short enough to start expanded. */
function shortArticleText(): string {
  return `'''${shortTitle}''' เป็นบทความสั้น\n\n== ที่มา ==\n${paragraph('ที่มา')}=== ที่มาโดยย่อ ===\n${paragraph('ย่อ')}== ผลงาน ==\n${paragraph('ผลงาน')}=== ผลงานแรก ===\n${paragraph('แรก')}=== ผลงานหลัง ===\n${paragraph('หลัง')}== ดูเพิ่ม ==\n${paragraph('ดูเพิ่ม')}`;
}

const dump = () =>
  wikiDump('toc-long.xml', [
    { title: longTitle, text: longArticleText() },
    { title: shortTitle, text: shortArticleText() },
  ]);

/** Imports both articles and opens `title` from the library. */
async function openImported(library: HomePage, reader: ReaderPage, title: string): Promise<void> {
  await importArticles(library, [dump()], 2);
  await openFromLibrary(library, reader, title);
}

async function openFromLibrary(library: HomePage, reader: ReaderPage, title: string): Promise<void> {
  await library.open();
  await library.openArticle(title);
  await expect(reader.title).toHaveText(title);
  await reader.waitUntilReady();
}

/** A heading of any level in the article. */
function heading(reader: ReaderPage, name: string): Locator {
  return reader.main.getByRole('heading', { name, exact: true });
}

/** Scrolls (as a script would) so that a heading of any level sits `y` pixels below the top of the viewport. */
async function scrollTo(reader: ReaderPage, name: string, y = 100): Promise<void> {
  await heading(reader, name).evaluate((element, offset) => {
    element.ownerDocument.defaultView?.scrollBy({ top: element.getBoundingClientRect().top - offset, behavior: 'instant' });
  }, y);
}

async function sectionIdOf(reader: ReaderPage, name: string): Promise<string> {
  const id = await heading(reader, name).getAttribute('data-section');
  if (!id) throw new Error(`the heading "${name}" has no section id`);
  return id;
}

test.describe('folding a long table of contents', () => {
  test('a long article starts with its subsections collapsed; a section opens and closes them', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await expect(toc.links).toHaveCount(parts);
    await expect(toc.entry(part(3).history)).toHaveCount(0);

    const fold = toc.foldButton(part(3).section);
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(fold).toHaveAccessibleName(`ย่อ/ขยาย ${part(3).section}`);
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    const sublist = reader.page.locator(`[id="${await fold.getAttribute('aria-controls')}"]`);
    await expect(sublist).toBeVisible();
    await expect(sublist.getByRole('link')).toHaveText([part(3).history, part(3).economy]);
    // The subsection has its own subsections, still collapsed.
    await expect(toc.foldButton(part(3).history)).toHaveAttribute('aria-expanded', 'false');

    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(toc.entry(part(3).history)).toHaveCount(0);
    await expect(fold).toBeFocused();
  });

  test('expand all and collapse all; a short article starts expanded', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await toc.expandAllButton.click();
    await expect(toc.links).toHaveCount(parts * 4);
    await expect(toc.foldButtons.and(reader.page.locator('[aria-expanded="false"]'))).toHaveCount(0);
    await toc.collapseAllButton.click();
    await expect(toc.links).toHaveCount(parts);
    await expect(toc.collapseAllButton).toBeFocused();

    await openFromLibrary(library, reader, shortTitle);
    await expect(toc.links).toHaveText(['ที่มา', 'ที่มาโดยย่อ', 'ผลงาน', 'ผลงานแรก', 'ผลงานหลัง', 'ดูเพิ่ม']);
    await expect(toc.foldButton('ผลงาน')).toHaveAttribute('aria-expanded', 'true');
  });

  test('the folding is each article’s own: another article does not carry it over', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, shortTitle);
    await toc.foldButton('ผลงาน').click();
    await expect(toc.entry('ผลงานแรก')).toHaveCount(0);

    await openFromLibrary(library, reader, longTitle);
    await toc.foldButton(part(2).section).click();
    await expect(toc.entry(part(2).history)).toBeVisible();

    await openFromLibrary(library, reader, shortTitle);
    await expect(toc.entry('ผลงานแรก')).toBeVisible();
    await openFromLibrary(library, reader, longTitle);
    await expect(toc.entry(part(2).history)).toHaveCount(0);
  });

  test('the disclosure is a button: Tab reaches it, Enter and Space toggle it, focus stays on it', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await toc.entry(part(1).section).focus();
    await reader.page.keyboard.press('Tab');
    const fold = toc.foldButton(part(1).section);
    await expect(fold).toBeFocused();
    await reader.page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(toc.entry(part(1).history)).toBeVisible();
    await reader.page.keyboard.press('Space');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(fold).toBeFocused();
  });

  test('an entry that has focus when its section collapses hands focus to the section’s entry', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    const p = part(6);
    await toc.foldButton(p.section).click();
    await toc.foldButton(p.history).click();
    // Clicks that leave focus where it is, as assistive technology may send them.
    await toc.entry(p.ancient).focus();
    await toc.foldButton(p.history).dispatchEvent('click');
    await expect(toc.entry(p.ancient)).toHaveCount(0);
    await expect(toc.entry(p.history)).toBeFocused();
    await toc.collapseAllButton.dispatchEvent('click');
    await expect(toc.entry(p.history)).toHaveCount(0);
    await expect(toc.entry(p.section)).toBeFocused();
  });
});

test.describe('you are here, in a long article', () => {
  test('the current section inside a collapsed section marks the entry that holds it', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    const p = part(5);
    await scrollTo(reader, p.ancient);
    await expect(reader.currentTocEntry).toHaveText(p.section);
    await expect(reader.currentTocEntry).toHaveAttribute('data-holds-current', 'true');
    await expect(reader.currentTocEntry).toBeInViewport();

    await toc.foldButton(p.section).click();
    await expect(reader.currentTocEntry).toHaveText(p.history);
    await toc.foldButton(p.history).click();
    await expect(reader.currentTocEntry).toHaveText(p.ancient);
    await expect(reader.currentTocEntry).not.toHaveAttribute('data-holds-current');
    await expect(reader.currentTocEntry).toHaveCount(1);
  });

  test('the next-section key into a hidden subsection opens the sections around it', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    const p = part(7);
    await toc.entry(p.section).click();
    await expect(reader.currentTocEntry).toHaveText(p.section);

    await reader.page.keyboard.press('j');
    await expect(reader.currentTocEntry).toHaveText(p.history);
    await expect(toc.foldButton(p.section)).toHaveAttribute('aria-expanded', 'true');
    await reader.page.keyboard.press('j');
    await expect(reader.currentTocEntry).toHaveText(p.ancient);
    await expect(toc.foldButton(p.history)).toHaveAttribute('aria-expanded', 'true');
    await expect(heading(reader, p.ancient)).toBeInViewport();
    // Back up with the previous-section key: the entries stay open.
    await reader.page.keyboard.press('k');
    await expect(reader.currentTocEntry).toHaveText(p.history);
  });

  test('a section’s address naming a hidden subsection opens the sections around it, on load and on change', async ({ library, reader, api }) => {
    const toc = new TocPanel(reader.page);
    await importArticles(library, [dump()], 2);
    const article = await api.call('getArticle', await articleIdOf(api, longTitle));
    const sectionOf = (name: string) => article.sections.find((s) => s.heading === name)!.id;

    await reader.openFresh(addressOf(articlePlace(article.id, sectionOf(part(31).ancient))));
    await expect(reader.title).toHaveText(longTitle);
    await expect(reader.currentTocEntry).toHaveText(part(31).ancient);
    await expect(reader.currentTocEntry).toBeInViewport();
    await expect(heading(reader, part(31).ancient)).toBeInViewport();
    await expect(toc.entry(part(30).history)).toHaveCount(0);

    await reader.goto(addressOf(articlePlace(article.id, sectionOf(part(8).economy))));
    await expect(reader.currentTocEntry).toHaveText(part(8).economy);
    await expect(heading(reader, part(8).economy)).toBeInViewport();
  });

  test('a search hit in a hidden subsection opens the sections around it', async ({ library, reader, search }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    const p = part(searchedPart);
    await search.type(searchedWord);
    await search.chooseOption(p.ancient);
    await expect(reader.currentTocEntry).toHaveText(p.ancient);
    await expect(toc.foldButton(p.section)).toHaveAttribute('aria-expanded', 'true');
    await expect(toc.foldButton(p.history)).toHaveAttribute('aria-expanded', 'true');
    await expect(heading(reader, p.ancient)).toBeInViewport();
  });

  test('a bookmark in a hidden subsection, opened from another article, opens the sections around it', async ({ library, reader, bookmarks, api }) => {
    const toc = new TocPanel(reader.page);
    await importArticles(library, [dump()], 2);
    const p = part(25);
    const article = await api.call('getArticle', await articleIdOf(api, longTitle));
    const section = article.sections.find((s) => s.heading === p.ancient);
    if (!section) throw new Error(`no section "${p.ancient}"`);
    await api.call('addBookmark', { articleId: article.id, sectionId: section.id, paragraph: 0, range: null, name: '', note: '' });
    // The bundled article is open; a reload lists the new bookmark.
    await reader.reload();
    await bookmarks.open();
    await bookmarks.jumpTo(bookmarks.items.first());
    await expect(reader.title).toHaveText(longTitle);
    await expect(toc.foldButton(p.section)).toHaveAttribute('aria-expanded', 'true');
    await expect(toc.foldButton(p.history)).toHaveAttribute('aria-expanded', 'true');
    await expect(toc.entry(p.ancient)).toBeVisible();
    await expect(reader.currentTocEntry).toHaveText(p.ancient);
  });

  test('the reading position, its progress and the current mark are each article’s own', async ({ library, reader, api }) => {
    await openImported(library, reader, longTitle);
    const p = part(30);
    const id = await sectionIdOf(reader, p.ancient);
    // A little way into the sub-subsection: its heading above the reading line.
    await scrollTo(reader, p.ancient, 40);
    await expect(reader.currentTocEntry).toHaveText(p.section);
    const stored = await savedPosition(api, longTitle, id);
    expect(stored.progress).toBeGreaterThanOrEqual(0);
    expect(stored.progress).toBeLessThan(1);

    // The bundled article: its own position (the lead), nothing current.
    await openFromLibrary(library, reader, seed.title);
    await expect(reader.currentTocEntry).toHaveCount(0);
    expect((await api.call('getReadingPosition', seed.id))?.sectionId).toBe(leadSectionId);

    // Back: where it was left, the section that holds the place marked.
    await openFromLibrary(library, reader, longTitle);
    await expect(reader.currentTocEntry).toHaveText(p.section);
    await expect(heading(reader, p.ancient)).toBeInViewport();
    await expect.poll(() => heading(reader, p.ancient).evaluate((element) => element.getBoundingClientRect().top)).toBeCloseTo(40, -1);
  });
});

async function articleIdOf(api: ReaderApiClient, title: string): Promise<string> {
  const page = await api.call('listArticles', { offset: 0, limit: 100 });
  const article = page.articles.find((a) => a.title === title);
  if (!article) throw new Error(`"${title}" is not in the library`);
  return article.id;
}

/** An article's stored position, once it is in `sectionId` (positions outlive a removed article: wait for this one's). */
async function savedPosition(api: ReaderApiClient, title: string, sectionId: string) {
  const id = await articleIdOf(api, title);
  await expect.poll(async () => (await api.call('getReadingPosition', id))?.sectionId, { timeout: 5000 }).toBe(sectionId);
  const position = await api.call('getReadingPosition', id);
  if (!position) throw new Error('no position stored');
  return position;
}

test.describe('filtering the table of contents', () => {
  test('lists the headings holding the text with their sections, marks it, and says how many', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await expect(toc.filterField).toHaveAttribute('placeholder', 'กรองหัวข้อ…');
    await expect(toc.filterField).toHaveAccessibleName('กรองหัวข้อ');

    const p = part(12);
    // A sub-subsection, hidden by the folding: the filter lists it anyway.
    await toc.filter('โบราณของภาคที่ 12');
    await expect(toc.links).toHaveText([p.section, p.history, p.ancient]);
    await expect(toc.contextLinks).toHaveText([p.section, p.history]);
    await expect(toc.marks).toHaveText(['โบราณของภาคที่ 12']);
    await expect(toc.status).toHaveText('พบ 1 หัวข้อ');
    await expect(toc.foldButtons).toHaveCount(0);
    await expect(toc.expandAllButton).toBeDisabled();

    await toc.filter('โบราณ');
    await expect(toc.status).toHaveText(`พบ ${parts} หัวข้อ`);
    await expect(toc.marks).toHaveCount(parts);

    await toc.filter('ไม่มีหัวข้อแบบนี้');
    await expect(toc.emptyMessage).toHaveText('ไม่มีหัวข้อที่มีคำว่า “ไม่มีหัวข้อแบบนี้”');
    await expect(toc.status).toHaveText('ไม่มีหัวข้อที่มีคำว่า “ไม่มีหัวข้อแบบนี้”');
    await expect(toc.links).toHaveCount(0);
  });

  test('Enter goes to the first match; Escape clears; the place gone to stays open', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    const p = part(20);
    // Part 2 and parts 20 to 29: the first in the article is part 2's.
    await toc.filter('สมัยโบราณของภาคที่ 2');
    await expect(toc.status).toHaveText('พบ 11 หัวข้อ');
    await toc.filterField.press('Enter');
    await expect(heading(reader, part(2).ancient)).toBeInViewport();
    await expect(reader.currentTocEntry).toHaveText(part(2).ancient);

    await toc.filter(p.ancient);
    await toc.filterField.press('Enter');
    await expect(heading(reader, p.ancient)).toBeInViewport();
    await expect(reader.currentTocEntry).toHaveText(p.ancient);

    await toc.filterField.press('Escape');
    await expect(toc.filterField).toHaveValue('');
    await expect(toc.filterField).toBeFocused();
    await expect(toc.status).toHaveText('');
    // Back to the folded list, opened where the jumps went.
    await expect(toc.entry(p.ancient)).toBeVisible();
    await expect(toc.entry(part(2).ancient)).toBeVisible();
    await expect(toc.entry(part(3).history)).toHaveCount(0);
    await expect(reader.currentTocEntry).toHaveText(p.ancient);
  });

  test('a section listed for context is still a way there; the clear button keeps focus in the field', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await toc.filter('เศรษฐกิจภาคที่ 33');
    await expect(toc.contextLinks).toHaveText([part(33).section]);
    await toc.contextLinks.first().click();
    await expect(heading(reader, part(33).section)).toBeInViewport();
    await expect(reader.currentTocEntry).toHaveText(part(33).section);

    await toc.filterClear.click();
    await expect(toc.filterField).toHaveValue('');
    await expect(toc.filterField).toBeFocused();
    await expect(toc.links).toHaveCount(parts);
  });

  test('↓ in the field moves to the first entry listed', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await toc.filter('เศรษฐกิจภาคที่ 4');
    await toc.filterField.press('ArrowDown');
    await expect(toc.entry(part(4).section)).toBeFocused();
  });
});

test.describe('narrow window', () => {
  test.use({ viewport: { width: 400, height: 800 } });

  test('the overlay folds and filters; Escape clears the filter first, then closes', async ({ library, reader }) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await reader.tocToggle.click();
    await expect(toc.nav).toBeVisible();
    await expect(toc.links).toHaveCount(parts);
    await toc.foldButton(part(2).section).click();
    await expect(toc.entry(part(2).history)).toBeVisible();

    await toc.filter('ไม่มีหัวข้อแบบนี้');
    await toc.filterField.press('Escape');
    await expect(toc.filterField).toHaveValue('');
    await expect(toc.nav).toBeVisible();
    await reader.pressEscape();
    await expect(toc.nav).toBeHidden();
    await expect(reader.tocToggle).toBeFocused();

    await reader.tocToggle.click();
    await toc.filter(part(9).ancient);
    await toc.filterField.press('Enter');
    await expect(toc.nav).toBeHidden();
    await expect(heading(reader, part(9).ancient)).toBeInViewport();
    await reader.tocToggle.click();
    await expect(reader.currentTocEntry).toHaveText(part(9).ancient);
    await expect(reader.currentTocEntry).toBeFocused();
  });
});

test.describe('accessibility scans', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations in the TOC, folded, filtered and empty`, async ({ library, reader, api }, testInfo) => {
      // Three scans, one of a page of 160 sections.
      test.slow();
      const toc = new TocPanel(reader.page);
      await api.call('updateSettings', { theme });
      await reader.reload();
      await expect(reader.page.locator('html')).toHaveAttribute('data-theme', theme);
      await openImported(library, reader, longTitle);
      await scrollTo(reader, part(4).ancient);
      await expect(reader.currentTocEntry).toHaveText(part(4).section);
      await toc.foldButton(part(1).section).click();
      expect(await scan(reader.page, testInfo, `${theme}-toc-folded`)).toEqual([]);

      await toc.filter('โบราณของภาคที่ 4');
      await expect(toc.marks).not.toHaveCount(0);
      await expect(toc.contextLinks).not.toHaveCount(0);
      // The rest of the page is as the whole-page scan above saw it: the TOC alone, for time.
      expect(await scan(reader.page, testInfo, `${theme}-toc-filtered`, '.toc')).toEqual([]);

      await toc.filter('ไม่มีหัวข้อแบบนี้');
      await expect(toc.emptyMessage).toBeVisible();
      expect(await scan(reader.page, testInfo, `${theme}-toc-empty`, '.toc')).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  test.use({ reducedMotion: 'reduce' });

  test('saves screenshots of a long TOC, folded with the current place inside, and filtered', async ({ library, reader }, testInfo) => {
    const toc = new TocPanel(reader.page);
    await openImported(library, reader, longTitle);
    await reader.page.evaluate('document.fonts.ready');
    await toc.foldButton(part(2).section).click();
    await scrollTo(reader, part(3).ancient);
    await expect(reader.currentTocEntry).toHaveText(part(3).section);
    await mkdir('test-results/screenshots', { recursive: true });
    const folded = await reader.page.screenshot({ path: 'test-results/screenshots/toc-long-folded.png' });
    await testInfo.attach('toc-long-folded', { body: folded, contentType: 'image/png' });
    await toc.filter('โบราณของภาคที่ 1');
    await expect(toc.status).toHaveText('พบ 11 หัวข้อ');
    const filtered = await reader.page.screenshot({ path: 'test-results/screenshots/toc-long-filtered.png' });
    await testInfo.attach('toc-long-filtered', { body: filtered, contentType: 'image/png' });
    expect(filtered.byteLength).toBeGreaterThan(10_000);
  });
});
