/**
 * The search box's bookmarks and notes: a bookmark found by a word of its
 * note, listed between the articles and the sections, opened at its place
 * with the keyboard; one whose article was removed listed but not opened.
 */
import { scan } from './axe';
import { expect, seed, test, type ReaderApiClient } from './fixtures';
import { importArticles, textExport } from './imports';

const themes = ['light', 'sepia', 'dark'] as const;

/** The word searched for: in one article's title and text, and in a bookmark's note in another article. */
const word = 'มังคุด';

const fruitTitle = `${word}ราชินีผลไม้`;
const fruit = () => textExport('fruit.txt', fruitTitle, `${fruitTitle}เป็นผลไม้เมืองร้อน`, [['การปลูก', `${word}ปลูกได้ดีในภาคใต้`]]);

/** An article without the word, long enough that its bookmarked paragraph is far below the top. */
const gardenTitle = 'สวนผลไม้ของฉัน';
const travelHeading = 'บันทึกการเดินทาง';
const bookmarkedParagraph = 10;
const garden = () =>
  textExport('garden.txt', gardenTitle, 'ย่อหน้านำของบันทึกสวนผลไม้', [
    [travelHeading, Array.from({ length: 12 }, (_, i) => `วันที่ ${i + 1} ของการเดินทางไปเยี่ยมสวนผลไม้หลายแห่งทางภาคตะวันออก ยาวพอให้ต้องเลื่อนลงไปอ่าน`).join('\n\n')],
  ]);
const note = `ต้องกลับไปชิม${word}ที่ร้านนี้`;

/** An article to remove once bookmarked. */
const goneTitle = 'บทความที่ลบไปแล้ว';
const gone = () => textExport('gone.txt', goneTitle, 'ย่อหน้านำของบทความที่จะลบ', [['ส่วนเดียว', 'ข้อความของส่วนเดียว']]);

/** Bookmarks a paragraph of a section of the article titled `title`, with a note. */
async function bookmarkParagraph(api: ReaderApiClient, title: string, heading: string, paragraph: number, text: string): Promise<string> {
  const [id] = await api.call('resolveTitles', [title]);
  if (!id) throw new Error(`the library lacks "${title}"`);
  const section = (await api.call('getArticle', id)).sections.find((candidate) => candidate.heading === heading);
  if (!section) throw new Error(`"${title}" lacks the section "${heading}"`);
  await api.call('addBookmark', { articleId: id, sectionId: section.id, paragraph, range: null, name: '', note: text });
  return id;
}

/** A bookmark in an article that is then removed from the library. */
async function bookmarkThenRemove(api: ReaderApiClient): Promise<void> {
  const id = await bookmarkParagraph(api, goneTitle, 'ส่วนเดียว', 0, `${word}ที่เคยอ่าน`);
  await api.call('removeArticle', id);
}

test.describe('bookmarks and notes in the search box', () => {
  test('a word of a note finds its bookmark between the articles and the sections; the arrows cross the groups and Enter opens it at its place', async ({
    library,
    reader,
    search,
    api,
  }) => {
    await importArticles(library, [fruit(), garden()], 2);
    await bookmarkParagraph(api, gardenTitle, travelHeading, bookmarkedParagraph, note);
    await reader.reload();
    await expect(reader.title).toHaveText(seed.title);

    await search.type(word);
    await expect(search.answeredPanel).toBeVisible();
    await expect(search.groups.locator('.search-panel__group-heading')).toHaveText(['บทความ', 'ที่คั่นหน้าและบันทึกย่อ', fruitTitle]);
    const option = search.bookmarkOption(travelHeading);
    await expect(search.bookmarkOptions).toHaveCount(1);
    await expect(search.bookmarkArticle(option)).toHaveText(gardenTitle);
    await expect(search.bookmarkSnippet(option)).toHaveText(note);
    await expect(search.optionMatch(option)).toHaveText(word);
    await expect(search.count).toHaveText(/ · ที่คั่นหน้า 1 รายการ$/);
    await expect(search.announcement).toHaveText(/ · ที่คั่นหน้า 1 รายการ$/);

    // Down: the title, the bookmark, the first section; up: back to the bookmark.
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveClass(/search-result--title/);
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveClass(/search-result--bookmark/);
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveCount(1);
    await expect(search.activeOption).not.toHaveClass(/search-result--(title|bookmark)/);
    await search.press('ArrowUp');
    await expect(search.activeOption).toHaveClass(/search-result--bookmark/);
    await expect(search.box).toHaveAttribute('aria-activedescendant', (await search.activeOption.getAttribute('id')) ?? '');

    await search.press('Enter');
    await expect(search.panel).toHaveCount(0);
    await expect(reader.title).toHaveText(gardenTitle);
    const paragraph = reader.paragraph(travelHeading, bookmarkedParagraph);
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toBeFocused();
  });

  test('a bookmark whose article was removed is listed under its title, says it is not in the library, and Enter on it opens nothing', async ({
    library,
    reader,
    search,
    api,
  }) => {
    await importArticles(library, [gone()], 1);
    await bookmarkThenRemove(api);
    await reader.reload();

    await search.type(word);
    await expect(search.answeredPanel).toBeVisible();
    const option = search.bookmarkOptions.first();
    await expect(search.bookmarkOptions).toHaveCount(1);
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await expect(search.bookmarkArticle(option)).toHaveText(`${goneTitle} · ไม่มีในคลังของคุณ`);
    await search.press('ArrowDown');
    await expect(search.activeOption).toHaveAttribute('aria-disabled', 'true');
    await search.press('Enter');
    await expect(search.panel).toBeVisible();
    await expect(reader.title).toHaveText(seed.title);
  });
});

test.describe('accessibility scans', () => {
  for (const theme of themes) {
    test(`${theme}: no serious or critical axe violations in results with titles, bookmarks (one that cannot open) and sections`, async ({
      library,
      reader,
      search,
      api,
    }, testInfo) => {
      await importArticles(library, [fruit(), garden(), gone()], 3);
      await bookmarkParagraph(api, gardenTitle, travelHeading, bookmarkedParagraph, note);
      await bookmarkThenRemove(api);
      await api.call('updateSettings', { theme });
      await reader.reload();
      await expect(reader.page.locator('html')).toHaveAttribute('data-theme', theme);

      await search.type(word);
      await expect(search.answeredPanel).toBeVisible();
      await expect(search.titleOptions).not.toHaveCount(0);
      await expect(search.bookmarkOptions).toHaveCount(2);
      await expect(search.bookmarkOptions.and(search.listbox.locator('[aria-disabled="true"]'))).toHaveCount(1);
      await expect(search.hitOptions).not.toHaveCount(0);
      await search.press('ArrowDown');
      await search.press('ArrowDown');
      await expect(search.activeOption).toHaveClass(/search-result--bookmark/);
      expect(await scan(reader.page, testInfo, `${theme}-search-bookmarks`)).toEqual([]);
    });
  }
});
