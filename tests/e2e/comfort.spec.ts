import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { leadSectionId } from '../../common/article';
import { scan } from './axe';
import { defaultSettings, expect, seed, test, type ReaderApiClient } from './fixtures';

const themes = ['light', 'sepia', 'dark'] as const;
const screenshots = 'test-results/screenshots';

test.describe('themes', () => {
  test('each theme, chosen in the panel, colours the page and is screenshotted', async ({ reader, settings }, testInfo) => {
    await mkdir(screenshots, { recursive: true });
    const backgrounds = new Set<string>();
    for (const theme of themes) {
      await settings.open();
      await settings.chooseTheme(theme);
      await expect(settings.root).toHaveAttribute('data-theme-choice', theme);
      await expect(settings.root).toHaveAttribute('data-theme', theme);
      await expect(settings.themeRadio(theme)).toBeChecked();
      backgrounds.add(await settings.style(reader.page.locator('html'), 'background-color'));
      await reader.page.screenshot({ path: `${screenshots}/settings-panel-${theme}.png` });
      await reader.page.keyboard.press('Escape');
      await expect(settings.panel).toHaveCount(0);
      await expect(settings.openButton).toBeFocused();
      const path = `${screenshots}/theme-${theme}.png`;
      await reader.page.screenshot({ path });
      await testInfo.attach(`theme-${theme}`, { path, contentType: 'image/png' });
    }
    expect(backgrounds.size).toBe(themes.length);
  });

  test('"system" follows the colour scheme, live', async ({ page, readerPage, settings }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await readerPage.open();
    await expect(settings.root).toHaveAttribute('data-theme-choice', 'system');
    await expect(settings.root).toHaveAttribute('data-theme', 'light');
    const light = await settings.rootVariable('--color-bg');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(settings.root).toHaveAttribute('data-theme', 'dark');
    expect(await settings.rootVariable('--color-bg')).not.toBe(light);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(settings.root).toHaveAttribute('data-theme', 'light');
  });

  test('settings apply at once and persist across reload: theme, font size and family', async ({ reader, settings, api }) => {
    await settings.open();
    await expect(settings.panel).toHaveAccessibleName('การตั้งค่าการอ่าน');
    await expect(settings.themeRadio('system')).toBeFocused();
    await settings.chooseTheme('sepia');
    await settings.chooseFont('noto-serif-thai');
    // Home is 14 px; two steps up make 16.
    await settings.setSlider('fontSize', 2);
    await expect(settings.sliderValue('fontSize')).toHaveText('16 พิกเซล');
    await expect(settings.root).toHaveAttribute('data-theme', 'sepia');
    expect(await settings.style(reader.readyArticle, 'font-size')).toBe('16px');
    expect(await settings.style(reader.readyArticle, 'font-family')).toContain('Noto Serif Thai');

    // The slider's save is debounced: wait for the main process to hold it.
    await expect
      .poll(() => api.call('getSettings'))
      .toEqual({ ...defaultSettings, theme: 'sepia', fontFamily: 'noto-serif-thai', fontSize: 16 });

    await reader.reload();
    await expect(settings.root).toHaveAttribute('data-theme', 'sepia');
    await expect.poll(() => settings.style(reader.readyArticle, 'font-size')).toBe('16px');
    expect(await settings.style(reader.readyArticle, 'font-family')).toContain('Noto Serif Thai');
    await settings.open();
    await expect(settings.themeRadio('sepia')).toBeChecked();
    await expect(settings.fontRadio('noto-serif-thai')).toBeChecked();
    await expect(settings.slider('fontSize')).toHaveValue('16');
  });
});

test.describe('keyboard', () => {
  test('a keyboard-only walk: TOC, a section, search, a bookmark', async ({ reader, search, bookmarks }) => {
    const keyboard = reader.page.keyboard;
    // t: the TOC's current entry (the first, at the top of the lead).
    await keyboard.press('t');
    await expect(reader.tocEntry(seed.headings[0])).toBeFocused();
    // Entries alternate with their bookmark toggles.
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await expect(reader.tocEntry(seed.headings[1])).toBeFocused();
    await keyboard.press('Enter');
    await expect(reader.heading(seed.headings[1])).toBeFocused();
    await expect(reader.currentTocEntry).toHaveText(seed.headings[1]);

    // j / k and Alt+arrows: next and previous section.
    await keyboard.press('j');
    await expect(reader.currentTocEntry).toHaveText(seed.headings[2]);
    await expect(reader.heading(seed.headings[2])).toBeFocused();
    await keyboard.press('Alt+ArrowDown');
    await expect(reader.currentTocEntry).toHaveText(seed.headings[3]);
    await keyboard.press('k');
    await expect(reader.currentTocEntry).toHaveText(seed.headings[2]);

    // Search: "/" then type, choose with the arrows.
    await keyboard.press('/');
    await expect(search.box).toBeFocused();
    await keyboard.type('คาซัค');
    await expect(search.answeredPanel).toBeVisible();
    await keyboard.press('ArrowDown');
    await expect(search.activeOption).toHaveCount(1);
    await keyboard.press('Enter');
    await expect(reader.currentTocEntry).toHaveText('คาซัคสถาน');

    // Ctrl+D bookmarks the section in view; b opens the panel, which lists it.
    await keyboard.press('Control+d');
    await expect(bookmarks.announcer).toContainText('เพิ่มที่คั่นหน้าแล้ว');
    await keyboard.press('Escape');
    await keyboard.press('b');
    await expect(bookmarks.panel).toBeVisible();
    await expect(bookmarks.item('คาซัคสถาน')).toHaveCount(1);
    await keyboard.press('Escape');
    await expect(bookmarks.panel).toHaveCount(0);
    await expect(bookmarks.openButton).toBeFocused();
  });

  test('"?" opens the shortcut help in the UI language; Escape closes it', async ({ reader, settings, api }) => {
    await reader.page.keyboard.press('?');
    await expect(settings.help).toBeVisible();
    // Every row of the keymap: F3 / Ctrl+G and Shift+F3 / Ctrl+Shift+G for the search matches among them.
    await expect(settings.helpRows).toHaveCount(13);
    await expect(settings.help).toContainText('ไปหัวข้อถัดไป');
    // Modal: the page behind takes no shortcuts.
    await reader.page.keyboard.press('b');
    await expect(reader.page.getByRole('complementary')).toHaveCount(0);
    await reader.page.keyboard.press('Escape');
    await expect(settings.help).toHaveCount(0);

    await api.call('updateSettings', { language: 'en' });
    await reader.reload();
    await reader.page.keyboard.press('Shift+Slash');
    await expect(settings.helpTitled('Keyboard shortcuts')).toBeVisible();
    await expect(settings.helpTitled('Keyboard shortcuts')).toContainText('Next section');
    await reader.page.keyboard.press('Escape');
    await expect(settings.helpTitled('Keyboard shortcuts')).toHaveCount(0);
  });

  test('"," and "s" open the settings; b the bookmarks', async ({ reader, settings, bookmarks }) => {
    await reader.page.keyboard.press(',');
    await expect(settings.panel).toBeVisible();
    await reader.page.keyboard.press('Escape');
    await expect(settings.panel).toHaveCount(0);
    await expect(settings.openButton).toBeFocused();
    await reader.page.keyboard.press('s');
    await expect(settings.panel).toBeVisible();
    await reader.page.keyboard.press('Escape');
    await reader.page.keyboard.press('b');
    await expect(bookmarks.panel).toBeVisible();
    await reader.page.keyboard.press('Escape');
    await expect(bookmarks.panel).toHaveCount(0);
  });

  test('shortcuts do not fire while typing in the search box', async ({ reader, search, settings, bookmarks }) => {
    await reader.page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    const before = await reader.scrollY();
    await reader.page.keyboard.type('jkntbs,?');
    expect(await search.value()).toBe('jkntbs,?');
    await expect(settings.panel).toHaveCount(0);
    await expect(settings.help).toHaveCount(0);
    await expect(bookmarks.panel).toHaveCount(0);
    await expect(search.box).toBeFocused();
    expect(await reader.scrollY()).toBe(before);
  });

  test('focus is visible in every theme', async ({ reader, settings, api }) => {
    for (const theme of themes) {
      await api.call('updateSettings', { theme });
      await reader.reload();
      await reader.page.keyboard.press('t');
      const entry = reader.tocEntry(seed.headings[0]);
      await expect(entry).toBeFocused();
      expect(await settings.style(entry, 'outline-style')).toBe('solid');
      expect(parseFloat(await settings.style(entry, 'outline-width'))).toBeGreaterThanOrEqual(2);
    }
  });
});

/** Where an element's outline is drawn, and the ancestors whose overflow would clip part of it. */
async function outlineReach(target: Locator) {
  return target.evaluate((element) => {
    const view = element.ownerDocument.defaultView!;
    const style = view.getComputedStyle(element);
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const box = element.getBoundingClientRect();
    const outline = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
    const clippedBy: string[] = [];
    // The root and body pass their overflow to the viewport, checked apart.
    for (let ancestor = element.parentElement; ancestor && ancestor !== element.ownerDocument.body; ancestor = ancestor.parentElement) {
      const clip = view.getComputedStyle(ancestor);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible' && clip.clipPath === 'none') continue;
      const edge = ancestor.getBoundingClientRect();
      // Overflow clips at the padding box: inside the borders.
      const inside =
        outline.left >= edge.left + parseFloat(clip.borderLeftWidth) &&
        outline.top >= edge.top + parseFloat(clip.borderTopWidth) &&
        outline.right <= edge.right - parseFloat(clip.borderRightWidth) &&
        outline.bottom <= edge.bottom - parseFloat(clip.borderBottomWidth);
      if (!inside) clippedBy.push(`${ancestor.tagName.toLowerCase()}.${ancestor.className}`);
    }
    const inViewport = outline.left >= 0 && outline.top >= 0 && outline.right <= view.innerWidth && outline.bottom <= view.innerHeight;
    return {
      focusVisible: element.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      clippedBy,
      inViewport,
    };
  });
}

/** The middle of each side of an element's outline band (viewport CSS pixels), and the outline's colour. */
async function outlineSides(target: Locator) {
  return target.evaluate((element) => {
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    const middle = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return {
      colour: style.outlineColor,
      points: [
        { x: box.left - middle, y },
        { x: box.right + middle, y },
        { x, y: box.top - middle },
        { x, y: box.bottom + middle },
      ],
    };
  });
}

/** The colours a screenshot of the page shows at these points, as "rgb(r, g, b)". */
async function coloursAt(page: Page, points: readonly { readonly x: number; readonly y: number }[]): Promise<string[]> {
  const png = (await page.screenshot()).toString('base64');
  // Decoded by the page itself (its CSP allows data: images), so no image library is needed.
  return page.locator('html').evaluate(
    async (root, { png, points }) => {
      const view = root.ownerDocument.defaultView!;
      const image = new view.Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = root.ownerDocument.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return points.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      });
    },
    { png, points },
  );
}

test.describe('focus outlines', () => {
  for (const language of ['th', 'en'] as const) {
    test(`the ${language} language button shows its whole focus outline, unclipped and uncovered`, async ({ reader }) => {
      const button = reader.languageButton(language);
      await button.focus();
      await expect(button).toBeFocused();
      expect(await outlineReach(button)).toEqual({ focusVisible: true, style: 'solid', width: 3, clippedBy: [], inViewport: true });
      // Painted on all four sides: not hidden under the other button either.
      const sides = await outlineSides(button);
      expect(await coloursAt(reader.page, sides.points)).toEqual([sides.colour, sides.colour, sides.colour, sides.colour]);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a TOC jump lands at once, and nothing transitions', async ({ page, readerPage, reader }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await readerPage.open();
    const target = seed.headings[3];
    await reader.chooseTocEntry(target);
    // Read at once, without waiting for scrolling to settle: a smooth scroll would still be far off.
    const atOnce = await reader.scrollY();
    const top = await reader.headingTop(target);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
    await reader.scrollSettled();
    expect(await reader.scrollY()).toBe(atOnce);
    expect(await page.evaluate<string>('getComputedStyle(document.documentElement).scrollBehavior')).toBe('auto');
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('.toc__link')).transitionDuration")).toBe('0s');
  });
});

test.describe('a 360 px window', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('has no horizontal scroll, with panels open and at the largest text', async ({ reader, settings, bookmarks, api }) => {
    const width = () => reader.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(await width()).toBeLessThanOrEqual(360);
    await settings.open();
    expect(await width()).toBeLessThanOrEqual(360);
    await reader.page.keyboard.press('Escape');
    await bookmarks.open();
    expect(await width()).toBeLessThanOrEqual(360);

    await api.call('updateSettings', { fontSize: 28, pageWidth: 60, lineHeight: 2.4, fontFamily: 'noto-serif-thai' });
    await reader.reload();
    expect(await width()).toBeLessThanOrEqual(360);
  });
});

// 200% zoom of a 1280 px window: CSS sees a 640 px viewport (media queries, layout), drawn at 2 device pixels per px.
test.describe('200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('has no horizontal scroll and keeps the banner controls reachable', async ({ reader, settings, bookmarks }) => {
    expect(await reader.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await expect(settings.openButton).toBeInViewport();
    await expect(bookmarks.openButton).toBeInViewport();
    await settings.open();
    await expect(settings.slider('pageWidth')).toBeVisible();
    expect(await reader.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
  });
});

test.describe('print', () => {
  test('prints the article alone, citations as superscripts, headings kept with their text', async ({ page, reader, settings, api }) => {
    await api.call('updateSettings', { theme: 'dark' });
    await reader.reload();
    await page.emulateMedia({ media: 'print' });
    await expect(reader.banner).toBeHidden();
    await expect(reader.toc).toBeHidden();
    await expect(reader.title).toBeVisible();
    await expect(reader.sectionHeadings.first()).toBeVisible();
    for (const button of await reader.main.getByRole('button', { includeHidden: true }).all()) await expect(button).toBeHidden();
    expect(await settings.style(reader.readyArticle, 'color')).toBe('rgb(0, 0, 0)');
    expect(await settings.style(page.locator('body'), 'background-color')).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    expect(await settings.style(reader.citations.first(), 'vertical-align')).toBe('super');
    expect(await settings.style(reader.sectionHeadings.first(), 'break-after')).toBe('avoid');
  });
});

/** Whether an element, or one inside it, scrolls: its content is taller than its box. */
async function scrolls(container: Locator): Promise<boolean> {
  return container.evaluate((element) =>
    [element, ...element.querySelectorAll('*')].some((inner) => {
      const overflow = inner.ownerDocument.defaultView!.getComputedStyle(inner).overflowY;
      return (overflow === 'auto' || overflow === 'scroll') && inner.scrollHeight > inner.clientHeight;
    }),
  );
}

/** Bookmarks every section and paragraph of the seed article, with a note, a passage, a missing one and one of an article not in the library among them. */
async function bookmarkEverything(api: ReaderApiClient): Promise<number> {
  const article = await api.call('getArticle', seed.id);
  const sections = [{ id: leadSectionId, paragraphs: article.lead }, ...article.sections];
  const places = sections.flatMap((section) => [null, ...section.paragraphs.map((_, index) => index)].map((paragraph) => ({ sectionId: section.id, paragraph })));
  for (const [index, place] of places.entries()) {
    const note = index % 3 === 0 ? 'บันทึกย่อสำหรับตรวจสอบการเข้าถึง' : '';
    await api.call('addBookmark', { articleId: seed.id, ...place, range: null, name: '', note });
  }
  const passage = { articleId: seed.id, sectionId: article.sections[0]!.id, paragraph: 0, range: { start: 0, end: 12 }, name: '', note: '' };
  await api.call('addBookmark', passage);
  const time = '2026-01-01T00:00:00.000Z';
  const gone = { articleId: seed.id, sectionId: 'gone', paragraph: null, quote: null, context: 'ข้อความที่ไม่มีในบทความแล้ว' };
  const missing = { id: 'missing-for-axe', kind: 'section', anchor: gone, name: '', note: 'หายไป', createdAt: time, updatedAt: time };
  const elsewhere = { ...gone, articleId: 'บทความที่ไม่มีในคลัง' };
  const away = { id: 'away-for-axe', kind: 'section', anchor: elsewhere, name: '', note: 'ไม่มีในคลัง', createdAt: time, updatedAt: time };
  await api.call('importBookmarks', JSON.stringify({ format: 'aksorn-bookmarks', version: 1, exportedAt: time, bookmarks: [missing, away] }));
  return places.length + 3;
}

test.describe('accessibility scans', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations with overflowing search results, then a long bookmarks list, open`, async ({ reader, search, bookmarks, api }, testInfo) => {
      const count = await bookmarkEverything(api);
      await api.call('updateSettings', { theme });
      await reader.reload();
      await expect(reader.page.locator('html')).toHaveAttribute('data-theme', theme);
      // Search highlights in the article, then the results panel open over it.
      await search.type('รัสเซีย');
      await expect(search.answeredPanel).toBeVisible();
      // The first section hit (the article's title, which holds the word too, is listed before them).
      await search.hitOptions.first().click();
      await expect(search.marks.first()).toBeVisible();
      // A query found in every section: the most results there are, more than the panel shows at once.
      await search.fill('การ');
      await expect(search.answeredPanel).toBeVisible();
      await expect(search.hitOptions).toHaveCount((await api.call('search', 'การ', {})).total);
      expect(await scrolls(search.panel)).toBe(true);
      expect(await scan(reader.page, testInfo, `${theme}-search`)).toEqual([]);

      await search.press('Escape');
      await bookmarks.open();
      await expect(bookmarks.items).toHaveCount(count);
      expect(await scrolls(bookmarks.panel)).toBe(true);
      expect(await scan(reader.page, testInfo, `${theme}-bookmarks`)).toEqual([]);
    });
  }
});
