/** Page object of search: the box in the banner, its results panel, the highlights and the match bar. No assertions. */
import type { Locator, Page } from '@playwright/test';

export class SearchPanel {
  readonly page: Page;
  /** The search landmark in the banner. */
  readonly landmark: Locator;
  /** The combobox the reader types in. */
  readonly box: Locator;
  readonly clearButton: Locator;
  /** The drop-down under the box, whatever it shows. */
  readonly panel: Locator;
  /** The panel once the current query is answered (not while an answer is on its way). */
  readonly answeredPanel: Locator;
  readonly listbox: Locator;
  /** Every option: the articles a query names, the bookmarks, then the sections. */
  readonly options: Locator;
  /** The options that are sections (the hits), not titles or bookmarks. */
  readonly hitOptions: Locator;
  /** The group of the bookmarks and notes that hold the query ("ที่คั่นหน้าและบันทึกย่อ"). */
  readonly bookmarkGroup: Locator;
  readonly bookmarkOptions: Locator;
  /** The group of the articles a query names by title ("บทความ"). */
  readonly titleGroup: Locator;
  readonly titleOptions: Locator;
  /** The "whole library | this article" toggle buttons. */
  readonly scopeSwitch: Locator;
  readonly moreButton: Locator;
  /** The option the arrow keys have made active. */
  readonly activeOption: Locator;
  /** The groups of options: the titles' and the bookmarks' (when any), then one per article. */
  readonly groups: Locator;
  /** The groups of sections, one per article. */
  readonly articleGroups: Locator;
  readonly count: Locator;
  readonly noResults: Locator;
  readonly error: Locator;
  /** The live region announcing the count. */
  readonly announcement: Locator;
  /** Every highlighted match in the article. */
  readonly marks: Locator;
  readonly currentMark: Locator;
  readonly matchBar: Locator;
  readonly matchPosition: Locator;
  readonly previousMatch: Locator;
  readonly nextMatch: Locator;
  readonly closeMatches: Locator;

  constructor(page: Page) {
    this.page = page;
    this.landmark = page.getByRole('banner').getByRole('search');
    this.box = this.landmark.getByRole('combobox');
    this.clearButton = this.landmark.locator('.search__clear');
    this.panel = this.landmark.locator('.search-panel');
    this.answeredPanel = this.landmark.locator('.search-panel[data-pending="false"]');
    this.listbox = this.landmark.getByRole('listbox');
    this.options = this.listbox.getByRole('option');
    this.activeOption = this.listbox.locator('[role="option"][aria-selected="true"]');
    this.groups = this.listbox.getByRole('group');
    this.hitOptions = this.options.and(this.listbox.locator('.search-result:not(.search-result--title, .search-result--bookmark)'));
    this.titleOptions = this.options.and(this.listbox.locator('.search-result--title'));
    this.titleGroup = this.groups.filter({ has: page.locator('.search-result--title') });
    this.bookmarkOptions = this.options.and(this.listbox.locator('.search-result--bookmark'));
    this.bookmarkGroup = this.groups.filter({ has: page.locator('.search-result--bookmark') });
    this.articleGroups = this.groups.filter({ hasNot: page.locator('.search-result--title, .search-result--bookmark') });
    this.scopeSwitch = this.panel.locator('.search-scope');
    this.moreButton = this.panel.locator('.search-panel__more');
    this.count = this.panel.locator('.search-panel__count');
    this.noResults = this.panel.locator('.search-panel__message--empty');
    this.error = this.panel.locator('.search-panel__message--error');
    this.announcement = this.landmark.getByRole('status');
    this.marks = page.getByRole('main').locator('mark.search-hit');
    this.currentMark = page.getByRole('main').locator('mark.search-hit[aria-current="true"]');
    this.matchBar = page.locator('section.match-bar');
    this.matchPosition = this.matchBar.getByRole('status');
    this.previousMatch = this.matchBar.locator('button').nth(0);
    this.nextMatch = this.matchBar.locator('button').nth(1);
    this.closeMatches = this.matchBar.locator('button').nth(2);
  }

  /** The option whose section heading is `heading`. */
  option(heading: string): Locator {
    return this.options.filter({ has: this.page.locator('.search-result__heading', { hasText: heading }) });
  }

  /** The group of an article's sections, by the article's title. */
  articleGroup(title: string): Locator {
    return this.articleGroups.filter({ has: this.page.locator('.search-panel__article', { hasText: title }) });
  }

  /** The option of an article named by title. */
  titleOption(title: string): Locator {
    return this.titleOptions.filter({ has: this.page.locator('.search-result__title', { hasText: title }) });
  }

  /** The option of a bookmark, by its label (its name, or the heading it falls back to). */
  bookmarkOption(label: string): Locator {
    return this.bookmarkOptions.filter({ has: this.page.locator('.search-result__heading', { hasText: label }) });
  }

  /** The article a bookmark option says it is in (and, for one that cannot open, why). */
  bookmarkArticle(option: Locator): Locator {
    return option.locator('.search-result__article');
  }

  /** The snippet of a bookmark's note (or quote) in its option. */
  bookmarkSnippet(option: Locator): Locator {
    return option.locator('.search-result__excerpt');
  }

  /** A button of the scope switch, by its label. */
  scopeButton(label: string): Locator {
    return this.scopeSwitch.getByRole('button', { name: label, exact: true });
  }

  /** The section heading shown in an option. */
  optionHeading(option: Locator): Locator {
    return option.locator('.search-result__heading');
  }

  /** The highlighted match in an option's excerpt. */
  optionMatch(option: Locator): Locator {
    return option.locator('mark');
  }

  /** The section of the article under a heading (level 2), heading included. */
  section(heading: string): Locator {
    const h2 = this.page.getByRole('heading', { level: 2, name: heading, exact: true });
    return this.page.getByRole('main').locator('section').filter({ has: h2 });
  }

  /** A section's text as search sees it: heading and paragraphs, without citations and controls. */
  async sectionText(heading: string): Promise<string> {
    return this.section(heading).evaluate((element) => {
      const copy = element.cloneNode(true) as typeof element;
      copy.querySelectorAll('sup, .citation-needed, .copy-link').forEach((node: { remove(): void }) => node.remove());
      return copy.textContent ?? '';
    });
  }

  /** The n-th highlighted match (0-based); a match split by a citation counts each piece. */
  mark(index: number): Locator {
    return this.marks.nth(index);
  }

  /** Types a query key by key, as a reader would. */
  async type(query: string): Promise<void> {
    await this.box.click();
    await this.box.pressSequentially(query);
  }

  /** Replaces the query at once. */
  async fill(query: string): Promise<void> {
    await this.box.fill(query);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async chooseOption(heading: string): Promise<void> {
    await this.option(heading).click();
  }

  async value(): Promise<string> {
    return this.box.inputValue();
  }

  /** The id of the element that has focus, or its tag name when it has none. */
  async focusedElement(): Promise<string> {
    return this.page.evaluate<string>('document.activeElement?.id || document.activeElement?.tagName || ""');
  }
}
