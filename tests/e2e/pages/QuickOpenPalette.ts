/** Page object of quick open: the modal palette, its combobox and its list of articles. No assertions. */
import type { Locator, Page } from '@playwright/test';

export class QuickOpenPalette {
  readonly page: Page;
  /** The palette, whatever its UI language (its name is "เปิดบทความ" / "Open an article"). */
  readonly dialog: Locator;
  readonly field: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  /** The option the arrow keys have made active. */
  readonly activeOption: Locator;
  /** "Recently read" or the count, over the list. */
  readonly caption: Locator;
  /** Nothing read yet, no match, or a failure, in place of the list. */
  readonly message: Locator;
  readonly announcement: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.locator('dialog.palette');
    this.field = this.dialog.getByRole('combobox');
    this.listbox = this.dialog.getByRole('listbox');
    this.options = this.listbox.getByRole('option');
    this.activeOption = this.listbox.locator('[role="option"][aria-selected="true"]');
    this.caption = this.dialog.locator('.palette__caption');
    this.message = this.dialog.locator('.palette__message');
    this.announcement = this.dialog.getByRole('status');
  }

  /** The option of the article titled `title`. */
  option(title: string): Locator {
    return this.options.filter({ has: this.page.locator('.palette-option__title', { hasText: title }) });
  }

  /** The titles listed, in order. */
  titles(): Promise<string[]> {
    return this.listbox.locator('.palette-option__title').allTextContents();
  }

  readMarker(title: string): Locator {
    return this.option(title).locator('.palette-option__read');
  }

  /** Opens it with the shortcut (Ctrl+P unless told otherwise), from wherever focus is. */
  async open(shortcut = 'Control+P'): Promise<void> {
    await this.page.keyboard.press(shortcut);
    await this.dialog.waitFor();
  }

  async type(text: string): Promise<void> {
    await this.field.fill(text);
  }

  async press(key: string): Promise<void> {
    await this.field.press(key);
  }
}
