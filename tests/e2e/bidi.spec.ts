/**
 * Text Aksorn did not write (titles, headings, excerpts, bookmark names,
 * quotes and notes) is shown in isolating elements, so its direction, even
 * with a bidi control left open, cannot reorder the app's words around it.
 */
import type { Locator } from '@playwright/test';
import { expect, seed, test } from './fixtures';

/** For each element: whether all its text is held by one isolating element (itself or inside it). */
function isolated(elements: Locator): Promise<boolean[]> {
  return elements.evaluateAll((found) =>
    found.map((element) => {
      const view = element.ownerDocument.defaultView;
      return [element, ...element.querySelectorAll('*')].some(
        (candidate) =>
          candidate.textContent === element.textContent &&
          ['isolate', 'isolate-override', 'plaintext'].includes(view?.getComputedStyle(candidate).unicodeBidi ?? ''),
      );
    }),
  );
}

function allTrue(count: number): boolean[] {
  return Array.from({ length: count }, () => true);
}

test('bookmark names, quotes, notes and article titles are isolated in the bookmarks panel', async ({ reader, api, bookmarks }) => {
  // RLO, left open: a name and a note are the reader's, and may come from an imported file.
  const sectionId = await reader.sectionId('อิหร่าน');
  await api.call('addBookmark', {
    articleId: seed.id,
    sectionId,
    paragraph: 0,
    range: { start: 0, end: 10 },
    name: 'ชื่อ\u202Eกลับด้าน',
    note: 'บันทึก\u202Eกลับด้าน',
  });
  await reader.reload();
  await bookmarks.open();
  const item = bookmarks.item('ชื่อ');
  await expect(item).toHaveCount(1);
  expect(await isolated(bookmarks.itemLabel(item))).toEqual([true]);
  expect(await isolated(bookmarks.itemQuote(item))).toEqual([true]);
  expect(await isolated(bookmarks.itemNote(item))).toEqual([true]);
  expect(await isolated(bookmarks.groups)).toEqual([true]);
});

test('search results isolate article titles, headings and excerpts', async ({ search }) => {
  await search.fill('สถาน');
  await expect(search.options.first()).toBeVisible();
  const headings = search.options.locator('.search-result__heading').filter({ hasNot: search.page.locator('[lang]') });
  const excerpts = search.options.locator('.search-result__excerpt');
  const titles = search.listbox.locator('.search-panel__article');
  expect(await headings.count()).toBeGreaterThan(0);
  expect(await isolated(headings)).toEqual(allTrue(await headings.count()));
  expect(await isolated(excerpts)).toEqual(allTrue(await excerpts.count()));
  expect(await isolated(titles)).toEqual(allTrue(await titles.count()));
});

test('the table of contents isolates its headings from the toggles beside them', async ({ reader }) => {
  await expect(reader.tocEntries).toHaveCount(seed.headings.length);
  expect(await isolated(reader.tocEntries)).toEqual(allTrue(seed.headings.length));
});

test('the window title isolates the article title from the app name', async ({ reader }) => {
  await expect(reader.page).toHaveTitle(`\u2068${seed.title}\u2069 — อักษร Aksorn`);
});
