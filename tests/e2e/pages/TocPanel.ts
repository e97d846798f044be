/** Page object of the table of contents' folding and filter (entries and jumps are ReaderPage's). No assertions. */
import type { Locator, Page } from '@playwright/test';

export class TocPanel {
  readonly page: Page;
  readonly nav: Locator;
  /** Every entry link shown, at any depth. */
  readonly links: Locator;
  readonly filterField: Locator;
  readonly filterClear: Locator;
  readonly expandAllButton: Locator;
  readonly collapseAllButton: Locator;
  /** Every disclosure button shown (one per section with subsections). */
  readonly foldButtons: Locator;
  /** The polite live region that says how many headings the filter found. */
  readonly status: Locator;
  /** The message shown when no heading holds the filter's text. */
  readonly emptyMessage: Locator;
  /** The filter's text marked in the headings. */
  readonly marks: Locator;
  /** Entries listed only because a match lies inside them. */
  readonly contextLinks: Locator;

  constructor(page: Page) {
    this.page = page;
    // includeHidden: on narrow windows the closed TOC is display:none, yet tests still address it.
    this.nav = page.getByRole('navigation', { includeHidden: true });
    this.links = this.nav.locator('.toc__link');
    this.filterField = this.nav.getByRole('searchbox');
    this.filterClear = this.nav.locator('.toc__filter-clear');
    this.expandAllButton = this.nav.locator('.toc__tools button').nth(0);
    this.collapseAllButton = this.nav.locator('.toc__tools button').nth(1);
    this.foldButtons = this.nav.locator('.toc__fold');
    this.status = this.nav.getByRole('status');
    this.emptyMessage = this.nav.locator('.toc__empty');
    this.marks = this.nav.locator('mark.toc__match');
    this.contextLinks = this.nav.locator('.toc__link--context');
  }

  /** The entry link of a heading, at any depth. */
  entry(heading: string): Locator {
    return this.nav.getByRole('link', { name: heading, exact: true });
  }

  /** The disclosure button of a section's subsections. */
  foldButton(heading: string): Locator {
    // The entry's own row: its list item also holds its subsections' rows.
    const link = this.page.getByRole('link', { name: heading, exact: true });
    return this.nav.locator('.toc__entry').filter({ has: link }).locator('.toc__fold');
  }

  async filter(text: string): Promise<void> {
    await this.filterField.fill(text);
  }
}
