import { mkdir, readFile } from 'node:fs/promises';
import type { NewBookmark } from '../../common/bookmarks';
import { expect, seed, test, type ReaderApiClient } from './fixtures';
import { importArticles, textExport } from './imports';
import type { ReaderPage } from './pages/ReaderPage';

/** Adds a bookmark through the API (the page shows it after a reload). */
async function addBookmark(
  api: ReaderApiClient,
  reader: ReaderPage,
  heading: string,
  fields: Partial<Omit<NewBookmark, 'articleId' | 'sectionId'>> = {},
) {
  return api.call('addBookmark', {
    articleId: seed.id,
    sectionId: await reader.sectionId(heading),
    paragraph: null,
    range: null,
    name: '',
    note: '',
    ...fields,
  });
}

test.describe('section bookmarks', () => {
  test('a section bookmarked with a note is still there after a reload: panel, heading and TOC', async ({ reader, bookmarks }) => {
    const toggle = reader.sectionBookmarkToggle('อิหร่าน');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAccessibleName('คั่นหน้าหัวข้อ “อิหร่าน”');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(bookmarks.announcer).toContainText('เพิ่มที่คั่นหน้าแล้ว');
    await expect(reader.tocBookmarkToggle('อิหร่าน')).toHaveAttribute('aria-pressed', 'true');

    await bookmarks.open();
    const item = bookmarks.item('อิหร่าน');
    await expect(item).toHaveCount(1);
    await expect(bookmarks.groups).toHaveText([seed.title]);
    await bookmarks.edit(item, { note: 'อ่านต่อเรื่องกูรอฟ' });
    await bookmarks.saveButton.click();
    await expect(bookmarks.editor).toHaveCount(0);
    await expect(bookmarks.itemNote(item)).toHaveText('อ่านต่อเรื่องกูรอฟ');

    await reader.reload();
    await expect(reader.sectionBookmarkToggle('อิหร่าน')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.heading('อิหร่าน')).toHaveAttribute('data-bookmarked', 'true');
    await expect(reader.tocBookmarkToggle('อิหร่าน')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.tocBookmarkToggle('คาซัคสถาน')).toHaveAttribute('aria-pressed', 'false');
    await bookmarks.open();
    await expect(bookmarks.items).toHaveCount(1);
    await expect(bookmarks.itemNote(bookmarks.item('อิหร่าน'))).toHaveText('อ่านต่อเรื่องกูรอฟ');
    await expect(bookmarks.itemDate(bookmarks.item('อิหร่าน'))).not.toBeEmpty();
  });

  test('the TOC toggle bookmarks a section, and toggling it off deletes the bookmark', async ({ reader, api }) => {
    const toggle = reader.tocBookmarkToggle('คาซัคสถาน');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.sectionBookmarkToggle('คาซัคสถาน')).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(reader.sectionBookmarkToggle('คาซัคสถาน')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await api.call('listBookmarks')).length).toBe(0);
  });

  test('Ctrl+D bookmarks the section in view (the lead above the first heading), and again removes it', async ({ reader, bookmarks }) => {
    await bookmarks.pressShortcut();
    await expect(bookmarks.announcer).toContainText('เพิ่มที่คั่นหน้าแล้ว');

    await reader.chooseTocEntry('คาซัคสถาน');
    await expect(reader.currentTocEntry).toHaveText('คาซัคสถาน');
    await bookmarks.pressShortcut();
    await expect(reader.sectionBookmarkToggle('คาซัคสถาน')).toHaveAttribute('aria-pressed', 'true');

    await bookmarks.open();
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText([seed.title, 'คาซัคสถาน']);
    await bookmarks.closeButton.click();

    await bookmarks.pressShortcut();
    await expect(reader.sectionBookmarkToggle('คาซัคสถาน')).toHaveAttribute('aria-pressed', 'false');
    await expect(bookmarks.announcer).toContainText('ลบที่คั่นหน้าแล้ว');
  });
});

test.describe('bookmarks panel', () => {
  test('is a labelled side panel that Escape closes, giving focus back to its button', async ({ bookmarks }) => {
    await expect(bookmarks.openButton).toHaveAttribute('aria-expanded', 'false');
    await bookmarks.open();
    await expect(bookmarks.panel).toHaveAccessibleName('ที่คั่นหน้า');
    await expect(bookmarks.openButton).toHaveAttribute('aria-expanded', 'true');
    await expect(bookmarks.filter).toBeFocused();
    await expect(bookmarks.emptyMessage).toContainText('ยังไม่มีที่คั่นหน้า');
    await bookmarks.page.keyboard.press('Escape');
    await expect(bookmarks.panel).toHaveCount(0);
    await expect(bookmarks.openButton).toBeFocused();
  });

  test('jumps to a bookmarked section', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'คาซัคสถาน');
    await reader.reload();
    await bookmarks.open();
    await bookmarks.jumpTo(bookmarks.item('คาซัคสถาน'));
    await expect(bookmarks.panel).toHaveCount(0);
    await expect(reader.heading('คาซัคสถาน')).toBeInViewport();
    await expect(reader.currentTocEntry).toHaveText('คาซัคสถาน');
    await expect(reader.heading('คาซัคสถาน')).toBeFocused();
  });

  test('jumps to a bookmark in another article: it opens that article at the place', async ({ reader, api, bookmarks, library }) => {
    const title = 'บทความที่คั่นหน้าไว้';
    const lead = Array.from({ length: 12 }, (_, i) => `ย่อหน้านำที่ ${i + 1} ของบทความที่คั่นหน้าไว้ ยาวพอให้ต้องเลื่อนลงไปอ่าน`).join('\n\n');
    await importArticles(library, [textExport('bookmarked.txt', title, lead, [['ส่วนที่คั่นไว้', 'ข้อความในส่วนที่คั่นหน้าไว้']])], 1);
    const { articles } = await api.call('listArticles', { offset: 0, limit: 10 });
    const other = articles.find((article) => article.title === title);
    if (!other) throw new Error(`the library lacks "${title}"`);
    const section = (await api.call('getArticle', other.id)).sections.find((candidate) => candidate.heading === 'ส่วนที่คั่นไว้');
    if (!section) throw new Error('the imported article lacks its section');
    await api.call('addBookmark', { articleId: other.id, sectionId: section.id, paragraph: null, range: null, name: '', note: 'อ่านต่อ' });
    await reader.reload();
    await expect(reader.title).toHaveText(seed.title);
    await bookmarks.open();
    await bookmarks.jumpTo(bookmarks.item('ส่วนที่คั่นไว้'));
    await expect(bookmarks.panel).toHaveCount(0);
    await expect(reader.title).toHaveText(title);
    await expect(reader.heading('ส่วนที่คั่นไว้')).toBeInViewport();
    await expect(reader.heading('ส่วนที่คั่นไว้')).toBeFocused();
  });

  test('a bookmark of a removed article is listed under the title it had, marked not in the library, and jumps again once it is imported again', async ({
    reader,
    api,
    bookmarks,
    library,
  }) => {
    const title = 'บทความที่จะถูกลบ';
    const file = textExport('removed.txt', title, 'ย่อหน้านำของบทความที่จะถูกลบ', [['ส่วนที่คั่นไว้', 'ข้อความในส่วนที่คั่นหน้าไว้']]);
    await importArticles(library, [file], 1);
    const id = await api.call('resolveTitles', [title]).then(([found]) => found);
    if (!id) throw new Error(`the library lacks "${title}"`);
    const section = (await api.call('getArticle', id)).sections.find((candidate) => candidate.heading === 'ส่วนที่คั่นไว้');
    if (!section) throw new Error('the imported article lacks its section');
    await api.call('addBookmark', { articleId: id, sectionId: section.id, paragraph: null, range: null, name: '', note: 'กลับมาอ่าน' });
    await api.call('removeArticle', id);

    await reader.reload();
    await bookmarks.open();
    const group = bookmarks.group(title);
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(`${title} ไม่มีในคลังของคุณ`);
    await expect(group.getByRole('heading', { level: 3 })).toHaveAccessibleName(`${title} ไม่มีในคลังของคุณ`);
    const item = group.locator('.bookmark');
    await expect(bookmarks.itemNote(item)).toHaveText('กลับมาอ่าน');
    await expect(bookmarks.itemJump(item)).toHaveAttribute('aria-disabled', 'true');
    await expect(bookmarks.itemHint(item)).toHaveText(/ไม่อยู่ในคลังแล้ว/);
    // Focusable, so that it says why; Enter on it opens nothing.
    await bookmarks.itemJump(item).focus();
    await reader.page.keyboard.press('Enter');
    await expect(reader.title).toHaveText(seed.title);
    await expect(bookmarks.panel).toBeVisible();
    await bookmarks.closeButton.click();

    await importArticles(library, [file], 1);
    await bookmarks.open();
    await expect(bookmarks.group(title).getByRole('heading', { level: 3 })).toHaveText(title);
    const back = bookmarks.item('ส่วนที่คั่นไว้');
    await expect(bookmarks.itemJump(back)).not.toHaveAttribute('aria-disabled');
    await expect(bookmarks.itemHint(back)).toHaveCount(0);
    await bookmarks.jumpTo(back);
    await expect(reader.title).toHaveText(title);
    await expect(reader.heading('ส่วนที่คั่นไว้')).toBeFocused();
  });

  test('edits a name inline: Enter saves, Escape cancels', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อัฟกานิสถาน');
    await reader.reload();
    await bookmarks.open();
    await bookmarks.edit(bookmarks.item('อัฟกานิสถาน'), { name: 'ลาฟรอฟพบอับดุลเลาะห์' });
    await bookmarks.nameField.press('Enter');
    await expect(bookmarks.editor).toHaveCount(0);
    const renamed = bookmarks.item('ลาฟรอฟพบอับดุลเลาะห์');
    await expect(renamed).toHaveCount(1);
    await expect(bookmarks.announcer).toContainText('บันทึกที่คั่นหน้าแล้ว');

    await bookmarks.edit(renamed, { name: 'ไม่ควรถูกบันทึก' });
    await bookmarks.nameField.press('Escape');
    await expect(bookmarks.editor).toHaveCount(0);
    await expect(bookmarks.panel).toBeVisible();
    await expect(bookmarks.itemLabel(renamed)).toHaveText('ลาฟรอฟพบอับดุลเลาะห์');

    await reader.reload();
    await bookmarks.open();
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText(['ลาฟรอฟพบอับดุลเลาะห์']);
  });

  test('delete, then Undo, restores the bookmark with its note', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อิหร่าน', { note: 'บันทึกที่ต้องไม่หาย' });
    await reader.reload();
    await bookmarks.open();
    await bookmarks.remove(bookmarks.item('อิหร่าน'));
    await expect(bookmarks.items).toHaveCount(0);
    await expect(bookmarks.announcer).toContainText('ลบที่คั่นหน้าแล้ว');
    await expect(reader.sectionBookmarkToggle('อิหร่าน')).toHaveAttribute('aria-pressed', 'false');

    await bookmarks.undoButton.click();
    await expect(bookmarks.toast).toHaveCount(0);
    await expect(bookmarks.announcer).toContainText('กู้คืนที่คั่นหน้าแล้ว');
    await expect(bookmarks.itemNote(bookmarks.item('อิหร่าน'))).toHaveText('บันทึกที่ต้องไม่หาย');
    await expect(reader.sectionBookmarkToggle('อิหร่าน')).toHaveAttribute('aria-pressed', 'true');

    await reader.reload();
    await bookmarks.open();
    await expect(bookmarks.itemNote(bookmarks.item('อิหร่าน'))).toHaveText('บันทึกที่ต้องไม่หาย');
  });

  test('a delete left alone is gone after a reload', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อิหร่าน');
    await addBookmark(api, reader, 'คาซัคสถาน');
    await reader.reload();
    await bookmarks.open();
    await bookmarks.remove(bookmarks.item('อิหร่าน'));
    await expect(bookmarks.toast).toBeVisible();
    await expect(bookmarks.items).toHaveCount(1);

    await reader.reload();
    await bookmarks.open();
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText(['คาซัคสถาน']);
    await expect(bookmarks.toast).toHaveCount(0);
  });

  test('the filter narrows the list by name, note and quote', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'การประชุมสุดยอดว่าด้วยความมั่นคงเดลี', { name: 'Delhi summit' });
    await addBookmark(api, reader, 'อัฟกานิสถาน', { paragraph: 0, note: 'ผู้ลี้ภัยชาวอัฟกัน' });
    await addBookmark(api, reader, 'ทาจิกิสถาน', { paragraph: 0, range: { start: 0, end: 'การค้ายาเสพติด'.length } });
    await reader.reload();
    await bookmarks.open();
    await expect(bookmarks.items).toHaveCount(3);

    await bookmarks.filterBy('DELHI');
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText(['Delhi summit']);
    await bookmarks.filterBy('ลี้ภัย');
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText(['อัฟกานิสถาน']);
    await bookmarks.filterBy('ยาเสพติด');
    await expect(bookmarks.items.locator('.bookmark__label')).toHaveText(['ทาจิกิสถาน']);
    await bookmarks.filterBy('ไม่มีคำนี้');
    await expect(bookmarks.items).toHaveCount(0);
    await expect(bookmarks.emptyMessage).toHaveText('ไม่พบที่คั่นหน้าที่ตรงกับ “ไม่มีคำนี้”');
    await bookmarks.filterBy('');
    await expect(bookmarks.items).toHaveCount(3);
  });
});

test.describe('paragraph and passage bookmarks', () => {
  test('the hover button bookmarks a paragraph, and the keyboard reaches it too', async ({ reader, bookmarks }) => {
    const paragraph = reader.paragraph('อัฟกานิสถาน', 1);
    const toggle = reader.paragraphBookmarkToggle(paragraph);
    await expect(toggle).toHaveAccessibleName('คั่นหน้าย่อหน้าที่ 2 ใน “อัฟกานิสถาน”');
    await paragraph.hover();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(paragraph.locator('xpath=..')).toHaveAttribute('data-bookmarked', 'true');

    await bookmarks.open();
    const item = bookmarks.item('อัฟกานิสถาน');
    await expect(bookmarks.itemKind(item)).toHaveText('ย่อหน้า');
    await bookmarks.closeButton.click();

    await toggle.focus();
    await reader.page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('a selection inside one paragraph is bookmarked as a passage, with its quote in the panel', async ({ reader, bookmarks, api }) => {
    // The paragraph has citation [7] inside the selection: the passage is measured in the text without it.
    const paragraph = reader.paragraph('อิหร่าน', 0);
    await reader.selectText(paragraph, 'ปฏิบัติการต่อต้าน', 'อะเลคซันดร์');
    await expect(bookmarks.selectionButton).toBeVisible();
    await expect(bookmarks.selectionButton).toHaveText('คั่นหน้าข้อความที่เลือก');
    await bookmarks.bookmarkSelection();
    await expect(bookmarks.selectionButton).toHaveCount(0);
    await expect(bookmarks.announcer).toContainText('เพิ่มที่คั่นหน้าแล้ว');
    await expect(reader.passageMarks).toHaveText(['ปฏิบัติการต่อต้านการก่อการร้าย', ' อะเลคซันดร์']);

    const [stored] = await api.call('listBookmarks');
    expect(stored?.kind).toBe('passage');
    expect(stored?.anchor.quote?.text).toBe('ปฏิบัติการต่อต้านการก่อการร้าย อะเลคซันดร์');

    await bookmarks.open();
    await expect(bookmarks.itemQuote(bookmarks.item('อิหร่าน'))).toHaveText('ปฏิบัติการต่อต้านการก่อการร้าย อะเลคซันดร์');
    await expect(bookmarks.itemKind(bookmarks.item('อิหร่าน'))).toHaveText('ข้อความ');

    // Still highlighted after a reload, and the panel jumps to it.
    await reader.reload();
    await expect(reader.passageMarks).toHaveCount(2);
    await bookmarks.open();
    await bookmarks.jumpTo(bookmarks.item('อิหร่าน'));
    await expect(reader.passageMarks.first()).toBeInViewport();
  });

  test('a selection across two paragraphs offers no button', async ({ reader, bookmarks }) => {
    await reader.selectText(reader.paragraph('อัฟกานิสถาน', 0), 'ผู้ลี้ภัย', 'ผู้ลี้ภัย');
    await expect(bookmarks.selectionButton).toBeVisible();
    await reader.selectText(reader.section('อัฟกานิสถาน'), 'ผู้ลี้ภัย', 'อับดุลเลาะห์');
    await expect(bookmarks.selectionButton).toHaveCount(0);
  });
});

test.describe('export and import', () => {
  test('exporting JSON and importing it again adds nothing: every bookmark is skipped', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อิหร่าน', { note: 'หนึ่ง' });
    await addBookmark(api, reader, 'ทาจิกิสถาน', { paragraph: 0, range: { start: 0, end: 'การค้ายาเสพติด'.length } });
    await reader.reload();
    await bookmarks.open();

    const download = await bookmarks.exportAs('json');
    expect(download.suggestedFilename()).toMatch(/^aksorn-bookmarks-\d{4}-\d\d-\d\d\.json$/);
    const buffer = await readFile(await download.path());
    expect(() => JSON.parse(buffer.toString('utf8'))).not.toThrow();

    await bookmarks.importFile({ name: 'bookmarks.json', buffer });
    await expect(bookmarks.importOutcome).toHaveText('นำเข้าแล้ว: เพิ่ม 0 รายการ ข้าม 2 รายการที่มีอยู่แล้ว');
    await expect(bookmarks.items).toHaveCount(2);
    expect(await api.call('listBookmarks')).toHaveLength(2);

    // Into an empty store, the same file adds them all back.
    for (const bookmark of await api.call('listBookmarks')) await api.call('deleteBookmark', bookmark.id);
    await reader.reload();
    await bookmarks.open();
    await bookmarks.importFile({ name: 'bookmarks.json', buffer });
    await expect(bookmarks.importOutcome).toHaveText('นำเข้าแล้ว: เพิ่ม 2 รายการ ข้าม 0 รายการที่มีอยู่แล้ว');
    await expect(bookmarks.items).toHaveCount(2);
    await expect(bookmarks.itemNote(bookmarks.item('อิหร่าน'))).toHaveText('หนึ่ง');
  });

  test('exports Markdown as a file', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อิหร่าน', { note: 'หนึ่ง' });
    await reader.reload();
    await bookmarks.open();
    const download = await bookmarks.exportAs('markdown');
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain('อิหร่าน');
    expect(text).toContain('หนึ่ง');
  });

  test('a broken file shows the error and changes nothing', async ({ reader, api, bookmarks }) => {
    await addBookmark(api, reader, 'อิหร่าน');
    await reader.reload();
    await bookmarks.open();
    await bookmarks.importFile({ name: 'broken.json', buffer: Buffer.from('{"bookmarks": [') });
    await expect(bookmarks.importError).toContainText('นำเข้าไม่สำเร็จ ที่คั่นหน้าไม่มีการเปลี่ยนแปลง');
    // Main says why as a code; the page words it in the reader's language.
    await expect(bookmarks.importError).toContainText('ไฟล์นี้ไม่ใช่ JSON');
    await expect(bookmarks.importError).toHaveRole('alert');
    await expect(bookmarks.items).toHaveCount(1);
    expect(await api.call('listBookmarks')).toHaveLength(1);
  });
});

test.describe('reading position', () => {
  test('is restored after a reload', async ({ reader, api }) => {
    await reader.scrollHeadingTo('ทาจิกิสถาน', 90);
    await expect(reader.heading('ทาจิกิสถาน')).toBeInViewport();
    const scrolled = await reader.scrollY();
    // Written about a second after scrolling stops.
    await expect.poll(async () => (await api.call('getReadingPosition', seed.id))?.sectionId, { timeout: 5000 }).not.toBe('lead');

    await reader.reload();
    await expect(reader.heading('ทาจิกิสถาน')).toBeInViewport();
    await expect.poll(() => reader.scrollY()).toBeGreaterThan(scrolled - 4);
  });

  test('a position in a short section near the end is restored with that section current', async ({ readerPage, reader, api }) => {
    // Too short, and too near the end, for the page to scroll its heading up to the top:
    // the page stops at the bottom, where the scroll spy alone would name the last section.
    await readerPage.open();
    const stored = { articleId: seed.id, sectionId: await readerPage.sectionId('ทาจิกิสถาน'), progress: 0.25 };
    await api.call('setReadingPosition', stored);
    await reader.reload();
    await expect(reader.heading('ทาจิกิสถาน')).toBeInViewport();
    expect(await reader.isAtBottom()).toBe(true);
    await expect(reader.currentTocEntry).toHaveText('ทาจิกิสถาน');
    // Still so once the page has settled: the reader has not moved.
    await reader.scrollSettled();
    await expect(reader.currentTocEntry).toHaveText('ทาจิกิสถาน');
  });

  test('a #fragment wins over the stored position', async ({ readerPage, api }) => {
    await readerPage.open();
    const stored = await readerPage.sectionId('ทาจิกิสถาน');
    await api.call('setReadingPosition', { articleId: seed.id, sectionId: stored, progress: 0 });
    const id = await readerPage.sectionId('อัฟกานิสถาน');
    await readerPage.openFresh(`#${encodeURIComponent(id)}`);
    await expect(readerPage.currentTocEntry).toHaveText('อัฟกานิสถาน');
    await expect.poll(() => readerPage.headingTop('อัฟกานิสถาน')).toBeLessThan(120);
  });
});

test.describe('notices', () => {
  test('start-up notices show as dismissible alerts', async ({ readerPage, page }) => {
    const backup = '/data/config.corrupt-2026-01-31T00-00-00-000Z.json';
    const notice = { code: 'store-reset', backup, detail: 'Unexpected end of JSON input' };
    await page.route('**/api/getNotices', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: [{ id: 0, notice }] }) }),
    );
    const message = `ไฟล์ข้อมูลของคุณอ่านไม่ได้ (Unexpected end of JSON input) จึงย้ายไปเก็บไว้ที่ ${backup} และเริ่มด้วยค่าเริ่มต้น`;
    await readerPage.open();
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'ปิดข้อความแจ้ง' }).click();
    await expect(alert).toHaveCount(0);
  });
});

test.describe('in English', () => {
  test('labels the bookmark controls in the UI language', async ({ reader, bookmarks }) => {
    await reader.switchLanguage('en');
    await expect(reader.sectionBookmarkToggle('อิหร่าน')).toHaveAccessibleName('Bookmark “อิหร่าน”');
    await expect(bookmarks.openButton).toHaveAccessibleName('Bookmarks');
    await bookmarks.open();
    await expect(bookmarks.panel).toHaveAccessibleName('Bookmarks');
    await expect(bookmarks.filter).toHaveAccessibleName('Filter bookmarks');
    await expect(bookmarks.emptyMessage).toContainText('No bookmarks yet');
  });
});

test('saves a screenshot of the open panel', async ({ reader, api, bookmarks }, testInfo) => {
  await addBookmark(api, reader, 'การประชุมสุดยอดว่าด้วยความมั่นคงเดลี', { name: 'การประชุมที่เดลี', note: 'จีน อินเดีย และรัสเซียพบกันเรื่องการก่อการร้าย' });
  await addBookmark(api, reader, 'อัฟกานิสถาน', { paragraph: 1 });
  await addBookmark(api, reader, 'อิหร่าน', { paragraph: 0, range: { start: 48, end: 78 }, note: 'ความร่วมมือสามฝ่าย' });
  await addBookmark(api, reader, 'คาซัคสถาน');
  await reader.reload();
  await bookmarks.open();
  await expect(bookmarks.items).toHaveCount(4);
  await reader.page.evaluate('document.fonts.ready');
  await mkdir('test-results/screenshots', { recursive: true });
  const screenshot = await reader.page.screenshot({ path: 'test-results/screenshots/bookmarks.png' });
  await testInfo.attach('bookmarks', { body: screenshot, contentType: 'image/png' });
  expect(screenshot.byteLength).toBeGreaterThan(10_000);

  // The marks in the text: a bookmarked paragraph, a passage, a section heading.
  await bookmarks.closeButton.click();
  await reader.scrollHeadingTo('อิหร่าน', 260);
  await reader.page.screenshot({ path: 'test-results/screenshots/bookmarks-article.png' });
});
