/**
 * Quick open: Ctrl/Cmd+P (and +O) over a library of several imported
 * articles and a redirect: any part of a title finds its article, Enter
 * opens it, a redirect finds its target, the articles read lately come
 * first, Escape gives focus back; axe on the open palette in every theme.
 */
import { mkdir } from 'node:fs/promises';
import { scan } from './axe';
import { expect, seed, test } from './fixtures';
import { importArticles, textExport, wikiDump } from './imports';
import type { LibraryPanel } from './pages/LibraryPanel';
import { QuickOpenPalette } from './pages/QuickOpenPalette';
import type { ReaderPage } from './pages/ReaderPage';

const themes = ['light', 'sepia', 'dark'] as const;

// Titles without spaces: each is its article's id too.
const intro = 'ดาราศาสตร์เบื้องต้น';
const history = 'ประวัติศาสตร์ดาราศาสตร์ไทย';
const asteroid = 'ดาวเคราะห์น้อยในระบบสุริยะ';
/** Never opened by these tests, so never read: it shows where the unread ones start. */
const comet = 'ดาวหางคาบสั้น';
/** Another title of `intro`: a redirect in a dump. */
const alias = 'วิชาดูดาวสำหรับผู้เริ่มต้น';

async function importShelf(library: LibraryPanel): Promise<void> {
  const article = (title: string, index: number) =>
    textExport(`palette-${index}.txt`, title, `${title} เป็นบทความสำหรับทดสอบการเปิดบทความตามชื่อ`, [['ความเป็นมา', `เนื้อหาส่วนแรกของ${title}`]]);
  await importArticles(library, [...[intro, history, asteroid, comet].map(article), wikiDump('palette-alias.xml', [{ title: alias, redirect: intro }])], 4);
}

/** Opens the palette over the reader, which must be showing its article first. */
async function paletteOver(reader: ReaderPage): Promise<QuickOpenPalette> {
  await reader.waitUntilReady();
  return new QuickOpenPalette(reader.page);
}

test.describe('quick open', () => {
  test('Ctrl+P opens it; part of a title lists its article; Enter opens it, focus on the article', async ({ library, reader }) => {
    await importShelf(library);
    const palette = await paletteOver(reader);
    await palette.open();
    await expect(palette.dialog).toHaveAccessibleName('เปิดบทความ');
    await expect(palette.field).toBeFocused();
    await expect(palette.field).toHaveAttribute('placeholder', 'พิมพ์ส่วนใดก็ได้ของชื่อบทความ…');

    await palette.type('ศาสตร์เบื้อง');
    await expect(palette.options).toHaveCount(1);
    await expect(palette.option(intro)).toHaveCount(1);
    await expect(palette.caption).toHaveText('พบ 1 บทความ');
    await expect(palette.announcement).toHaveText('พบ 1 บทความ');
    // Enter with nothing active opens the first.
    await expect(palette.field).not.toHaveAttribute('aria-activedescendant');
    await palette.press('Enter');
    await expect(palette.dialog).toHaveCount(0);
    await expect(reader.title).toHaveText(intro);
    await expect(reader.main).toBeFocused();
  });

  test('a redirect finds its target, "via" the redirect; the arrow keys choose', async ({ library, reader }) => {
    await importShelf(library);
    const palette = await paletteOver(reader);
    await palette.open();
    await palette.type('ดูดาว');
    await expect(palette.option(intro)).toContainText(`เปลี่ยนทางจาก ${alias}`);
    await expect(palette.options).toHaveCount(1);

    await palette.type('ดาราศาสตร์');
    await expect(palette.options).toHaveCount(2);
    await palette.press('ArrowDown');
    await expect(palette.activeOption).toHaveId((await palette.options.nth(0).getAttribute('id'))!);
    await expect(palette.field).toHaveAttribute('aria-activedescendant', (await palette.activeOption.getAttribute('id'))!);
    await expect(palette.field).toHaveAttribute('aria-expanded', 'true');
    // Up from the first wraps to the last, which Enter opens.
    await palette.press('ArrowUp');
    await expect(palette.activeOption).toHaveId((await palette.options.nth(1).getAttribute('id'))!);
    const last = await palette.activeOption.locator('.palette-option__title').textContent();
    await palette.press('Enter');
    await expect(palette.dialog).toHaveCount(0);
    await expect(reader.title).toHaveText(last!);
  });

  test('articles read lately come first, marked read; an empty field lists them', async ({ library, reader, api }) => {
    await importShelf(library);
    // The fixture read the bundled article first; these two later, the history last.
    await api.call('setReadingPosition', { articleId: asteroid, sectionId: 'lead', progress: 0.3 });
    await api.call('setReadingPosition', { articleId: history, sectionId: 'lead', progress: 0.6 });
    const palette = await paletteOver(reader);
    await palette.open();
    await expect(palette.caption).toHaveText('อ่านล่าสุด');
    await expect(palette.listbox).toHaveAccessibleName('อ่านล่าสุด');
    expect((await palette.titles()).slice(0, 3)).toEqual([history, asteroid, seed.title]);
    await expect(palette.readMarker(history)).toHaveText('อ่านแล้ว');

    await palette.type('ดา');
    await expect(palette.option(comet)).toHaveCount(1);
    const titles = await palette.titles();
    expect(titles.slice(0, 2)).toEqual([history, asteroid]);
    expect(titles.indexOf(comet)).toBeGreaterThan(1);
    await expect(palette.readMarker(comet)).toHaveCount(0);
    await expect(palette.readMarker(asteroid)).toHaveCount(1);
  });

  test('Escape closes it and gives focus back where it was: a TOC entry, the search box', async ({ reader, search }) => {
    const palette = await paletteOver(reader);
    const entry = reader.tocEntries.nth(1);
    await entry.focus();
    await palette.open();
    await expect(palette.field).toBeFocused();
    await palette.type('ไม่มีบทความชื่อนี้');
    await expect(palette.message).toHaveText('ไม่มีบทความที่ชื่อตรงกับ “ไม่มีบทความชื่อนี้”');
    await expect(palette.listbox).toHaveCount(0);
    await expect(palette.field).toHaveAttribute('aria-expanded', 'false');
    await palette.press('Escape');
    await expect(palette.dialog).toHaveCount(0);
    await expect(entry).toBeFocused();

    // From a text field too: Ctrl+P there is quick open, not the browser's print.
    await search.box.focus();
    await search.box.pressSequentially('รัสเซีย');
    await palette.open();
    await expect(palette.field).toBeFocused();
    await palette.press('Escape');
    await expect(palette.dialog).toHaveCount(0);
    await expect(search.box).toBeFocused();
  });

  test('Ctrl+O opens it too; it speaks English when the UI is English', async ({ library, reader }) => {
    await importShelf(library);
    const palette = await paletteOver(reader);
    await palette.open('Control+O');
    await expect(palette.field).toBeFocused();
    await palette.type('เคราะห์น้อย');
    await expect(palette.option(asteroid)).toHaveCount(1);
    await palette.press('Enter');
    await expect(reader.title).toHaveText(asteroid);

    await reader.switchLanguage('en');
    await palette.open('Control+O');
    await expect(palette.dialog).toHaveAccessibleName('Open an article');
    await palette.type('ดูดาว');
    await expect(palette.option(intro)).toContainText(`via ${alias}`);
    await palette.type('no such title');
    await expect(palette.message).toHaveText('No article title matches “no such title”');
    await palette.press('Escape');
  });

  test('the shortcut help lists it', async ({ reader, settings }) => {
    await reader.page.keyboard.press('?');
    const row = settings.helpRows.filter({ hasText: 'เปิดบทความตามชื่อ' });
    await expect(row).toHaveCount(1);
    await expect(row.locator('kbd')).toHaveText(['Ctrl+P', 'Ctrl+O']);
    // Over the help, Ctrl+P opens quick open in its place.
    const palette = new QuickOpenPalette(reader.page);
    await palette.open();
    await expect(settings.help).toHaveCount(0);
    await expect(palette.field).toBeFocused();
  });
});

test.describe('accessibility scans', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations in the open palette, with an active option, a redirect and read marks`, async ({ library, reader, api }, testInfo) => {
      await importShelf(library);
      await api.call('setReadingPosition', { articleId: asteroid, sectionId: 'lead', progress: 0.3 });
      await api.call('updateSettings', { theme });
      await reader.reload();
      await expect(reader.page.locator('html')).toHaveAttribute('data-theme', theme);
      const palette = await paletteOver(reader);
      await palette.open();
      await palette.type('ดา');
      await expect(palette.readMarker(asteroid)).toHaveCount(1);
      await palette.type('ดาว');
      await expect(palette.option(intro)).toContainText(alias);
      await expect(palette.readMarker(asteroid)).toHaveCount(1);
      await palette.press('ArrowDown');
      await expect(palette.activeOption).toHaveCount(1);
      expect(await scan(reader.page, testInfo, `${theme}-palette`)).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  test.use({ reducedMotion: 'reduce' });

  test('saves a screenshot of the palette: read articles first, a redirect, an active option', async ({ library, reader, api }, testInfo) => {
    await importShelf(library);
    await api.call('setReadingPosition', { articleId: asteroid, sectionId: 'lead', progress: 0.3 });
    const palette = await paletteOver(reader);
    await reader.page.evaluate('document.fonts.ready');
    await palette.open();
    await palette.type('ดาว');
    await expect(palette.option(intro)).toContainText(alias);
    await palette.press('ArrowDown');
    await mkdir('test-results/screenshots', { recursive: true });
    const shot = await reader.page.screenshot({ path: 'test-results/screenshots/palette.png' });
    await testInfo.attach('palette', { body: shot, contentType: 'image/png' });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});
