import { addressOf, articlePlace } from '../../common/address';
import { expect, seed, test } from './fixtures';

const last = seed.headings[seed.headings.length - 1]!;
const secondLast = seed.headings[seed.headings.length - 2]!;

test.describe('table of contents', () => {
  test('lists every section', async ({ reader }) => {
    await expect(reader.tocEntries).toHaveText([...seed.headings]);
    await expect(reader.tocToggle).toBeHidden();
  });

  test('nothing is current while reading the lead', async ({ reader }) => {
    await expect(reader.currentTocEntry).toHaveCount(0);
  });

  test('clicking an entry scrolls to the section and marks it current', async ({ reader }) => {
    await reader.chooseTocEntry('คาซัคสถาน');
    await expect(reader.currentTocEntry).toHaveText('คาซัคสถาน');
    await expect(reader.currentTocEntry).toHaveCount(1);
    await expect(reader.heading('คาซัคสถาน')).toBeInViewport();
    await expect.poll(() => reader.headingTop('คาซัคสถาน')).toBeLessThan(120);
    expect(await reader.headingTop('คาซัคสถาน')).toBeGreaterThanOrEqual(56);
    expect(reader.addressedSection()).toBe(await reader.sectionId('คาซัคสถาน'));
  });

  test('scrolling the page updates the current entry', async ({ reader }) => {
    await reader.scrollHeadingTo('อิหร่าน', 90);
    await expect(reader.currentTocEntry).toHaveText('อิหร่าน');

    // Still below the line near the top: the previous section stays current.
    await reader.scrollHeadingTo('อิหร่าน', 400);
    await expect(reader.currentTocEntry).toHaveText('อัฟกานิสถาน');

    await reader.scrollToTop();
    await expect(reader.currentTocEntry).toHaveCount(0);

    // The last sections are too short to reach the top: at the bottom of the page the last one is current.
    await reader.scrollToBottom();
    await expect(reader.currentTocEntry).toHaveText(last);
  });

  test('wheel scrolling after a jump hands over to the scroll position', async ({ reader }) => {
    await reader.chooseTocEntry('อัฟกานิสถาน');
    await expect.poll(() => reader.headingTop('อัฟกานิสถาน')).toBeLessThan(120);
    // Measured while a smooth jump still moves, the distance would overshoot or fall short.
    await reader.scrollSettled();
    const distance = (await reader.headingTop('อิหร่าน')) - 90;
    await reader.wheel(distance);
    await expect(reader.currentTocEntry).toHaveText('อิหร่าน');
  });

  test('a jump to a short section near the end keeps it current until the reader scrolls', async ({ reader }) => {
    await reader.chooseTocEntry(secondLast);
    await expect.poll(() => reader.isAtBottom()).toBe(true);
    await expect(reader.currentTocEntry).toHaveText(secondLast);
    await expect(reader.heading(secondLast)).toBeInViewport();

    await reader.wheel(200);
    await expect(reader.currentTocEntry).toHaveText(last);
  });

  test('heading ids are scoped by their article, and each entry links to its section\'s address', async ({ reader, page }) => {
    const sectionId = await reader.sectionId('อิหร่าน');
    const articleId = await page.locator('article').getAttribute('data-article');
    expect(articleId).toBeTruthy();
    expect(await reader.headingElementId('อิหร่าน')).toBe(`${articleId}/${sectionId}`);
    await expect(reader.tocEntry('อิหร่าน')).toHaveAttribute('href', addressOf(articlePlace(articleId!, sectionId)));
  });

  test('opening a section\'s address opens at that section', async ({ reader }) => {
    const id = await reader.sectionId('อิหร่าน');
    await reader.openFresh(addressOf(articlePlace(seed.id, id)));
    await expect(reader.currentTocEntry).toHaveText('อิหร่าน');
    await expect(reader.heading('อิหร่าน')).toBeInViewport();
    await expect.poll(() => reader.headingTop('อิหร่าน')).toBeLessThan(120);
    expect(await reader.scrollY()).toBeGreaterThan(0);
  });

  test('an older link\'s bare #fragment still opens at its section', async ({ reader }) => {
    const id = await reader.sectionId('อิหร่าน');
    await reader.openFresh(`#${encodeURIComponent(id)}`);
    await expect(reader.currentTocEntry).toHaveText('อิหร่าน');
    await expect(reader.heading('อิหร่าน')).toBeInViewport();
    await expect.poll(() => reader.headingTop('อิหร่าน')).toBeLessThan(120);
    expect(await reader.scrollY()).toBeGreaterThan(0);
  });

  test('changing the address to another section moves there', async ({ reader }) => {
    const id = await reader.sectionId('ทาจิกิสถาน');
    await reader.goto(addressOf(articlePlace(seed.id, id)));
    await expect(reader.currentTocEntry).toHaveText('ทาจิกิสถาน');
    await expect(reader.heading('ทาจิกิสถาน')).toBeInViewport();
  });

  test('an unknown #fragment stays at the top', async ({ readerPage }) => {
    await readerPage.open('#no-such-section');
    await expect(readerPage.title).toBeInViewport();
    expect(await readerPage.scrollY()).toBe(0);
    await expect(readerPage.currentTocEntry).toHaveCount(0);
  });
});
