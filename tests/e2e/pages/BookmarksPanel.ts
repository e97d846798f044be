/** Page object of bookmarks: the header button, the side panel, its items and tools, the undo toast. No assertions. */
import type { Download, Locator, Page } from '@playwright/test';

export class BookmarksPanel {
  readonly page: Page;
  /** The header button that opens and closes the panel. */
  readonly openButton: Locator;
  /** The panel: a complementary landmark named by its heading. */
  readonly panel: Locator;
  readonly closeButton: Locator;
  readonly filter: Locator;
  /** Every bookmark entry shown. */
  readonly items: Locator;
  /** The article headings grouping the entries. */
  readonly groups: Locator;
  readonly emptyMessage: Locator;
  readonly exportJsonButton: Locator;
  readonly exportMarkdownButton: Locator;
  readonly importInput: Locator;
  /** "Imported: added N, skipped M". */
  readonly importOutcome: Locator;
  readonly importError: Locator;
  /** The inline edit form. */
  readonly editor: Locator;
  readonly nameField: Locator;
  readonly noteField: Locator;
  readonly saveButton: Locator;
  readonly toast: Locator;
  readonly undoButton: Locator;
  /** The live region announcing bookmark changes. */
  readonly announcer: Locator;
  /** The floating "bookmark selection" button. */
  readonly selectionButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByRole('banner').locator('.bookmarks-button');
    this.panel = page.getByRole('complementary');
    this.closeButton = this.panel.locator('.panel-header__close');
    this.filter = this.panel.getByRole('searchbox');
    this.items = this.panel.locator('.bookmark');
    this.groups = this.panel.getByRole('heading', { level: 3 });
    this.emptyMessage = this.panel.locator('.bookmarks-panel__message');
    this.exportJsonButton = this.panel.getByRole('button', { name: 'ส่งออก JSON' });
    this.exportMarkdownButton = this.panel.getByRole('button', { name: 'ส่งออก Markdown' });
    this.importInput = this.panel.locator('input[type="file"]');
    this.importOutcome = this.panel.locator('.bookmark-files__outcome');
    this.importError = this.panel.locator('.bookmark-files__error');
    this.editor = this.panel.getByRole('form');
    this.nameField = this.editor.getByLabel('ชื่อ');
    this.noteField = this.editor.getByLabel('บันทึกย่อ');
    this.saveButton = this.editor.getByRole('button', { name: 'บันทึก', exact: true });
    this.toast = page.locator('.bookmark-toast');
    this.undoButton = this.toast.getByRole('button', { name: 'เลิกทำ' });
    this.announcer = page.locator('.bookmark-announcer');
    this.selectionButton = page.locator('.selection-bookmark');
  }

  /** The entry whose label is `label`. */
  item(label: string): Locator {
    return this.items.filter({ has: this.page.locator('.bookmark__label', { hasText: label }) });
  }

  itemLabel(item: Locator): Locator {
    return item.locator('.bookmark__label');
  }

  itemQuote(item: Locator): Locator {
    return item.locator('.bookmark__quote');
  }

  itemNote(item: Locator): Locator {
    return item.locator('.bookmark__note');
  }

  itemDate(item: Locator): Locator {
    return item.locator('time');
  }

  itemKind(item: Locator): Locator {
    return item.locator('.bookmark__kind');
  }

  /** The button that jumps to the bookmark (aria-disabled for a missing one). */
  itemJump(item: Locator): Locator {
    return item.locator('.bookmark__jump');
  }

  /** Why a missing bookmark cannot be opened. */
  itemHint(item: Locator): Locator {
    return item.locator('.bookmark__hint');
  }

  /** The group (heading and entries) of an article, by its title. */
  group(title: string): Locator {
    return this.panel.locator('.bookmarks-panel__group').filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.panel.waitFor();
  }

  async jumpTo(item: Locator): Promise<void> {
    await this.itemJump(item).click();
  }

  /** Opens the edit form of an entry and fills the fields given; does not save. */
  async edit(item: Locator, fields: { readonly name?: string; readonly note?: string }): Promise<void> {
    await item.locator('.bookmark__action').first().click();
    if (fields.name !== undefined) await this.nameField.fill(fields.name);
    if (fields.note !== undefined) await this.noteField.fill(fields.note);
  }

  async remove(item: Locator): Promise<void> {
    await item.locator('.bookmark__action--delete').click();
  }

  async filterBy(query: string): Promise<void> {
    await this.filter.fill(query);
  }

  /** Clicks an export button and answers the download it starts. */
  async exportAs(format: 'json' | 'markdown'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await (format === 'json' ? this.exportJsonButton : this.exportMarkdownButton).click();
    return download;
  }

  async importFile(file: { readonly name: string; readonly buffer: Buffer }): Promise<void> {
    await this.importInput.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  }

  async bookmarkSelection(): Promise<void> {
    await this.selectionButton.click();
  }

  async pressShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+d');
  }
}
