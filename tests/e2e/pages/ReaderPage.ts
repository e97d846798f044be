/** Page object of the reader: locators and actions only; the specs make the assertions. */
import type { Locator, Page } from '@playwright/test';
import { placeOf, type Place } from '../../../common/address';

export type UiLanguage = 'th' | 'en';

const languageNames: Readonly<Record<UiLanguage, string>> = { th: 'ไทย', en: 'English' };

export class ReaderPage {
  readonly page: Page;
  readonly banner: Locator;
  readonly toc: Locator;
  readonly tocTitle: Locator;
  readonly tocEntries: Locator;
  /** The TOC entry marked "you are here". */
  readonly currentTocEntry: Locator;
  /** The narrow-window button that opens the TOC (hidden on wide windows). */
  readonly tocToggle: Locator;
  readonly main: Locator;
  /** The article once fully rendered: the named readiness every test waits for. */
  readonly readyArticle: Locator;
  readonly title: Locator;
  readonly sectionHeadings: Locator;
  readonly citations: Locator;
  readonly citationNeeded: Locator;
  readonly citationNeededParagraph: Locator;
  readonly languageSwitch: Locator;
  readonly loadingStatus: Locator;
  readonly errorAlert: Locator;

  constructor(page: Page) {
    this.page = page;
    this.banner = page.getByRole('banner');
    // includeHidden: on narrow windows the closed TOC is display:none, yet tests still address it.
    this.toc = page.getByRole('navigation', { includeHidden: true });
    this.tocTitle = this.toc.getByRole('heading');
    this.tocEntries = this.toc.getByRole('link');
    this.currentTocEntry = this.toc.locator('[aria-current="location"]');
    this.tocToggle = this.banner.locator('button.toc-toggle');
    this.main = page.getByRole('main');
    this.readyArticle = page.locator('article[data-ready="true"]');
    this.title = this.main.getByRole('heading', { level: 1 });
    this.sectionHeadings = this.main.getByRole('heading', { level: 2 });
    this.citations = this.main.locator('sup.citation');
    this.citationNeeded = this.main.locator('.citation-needed');
    this.citationNeededParagraph = this.main.locator('p:has(.citation-needed)');
    // The group with the English button: the banner's other group is back and forward.
    this.languageSwitch = this.banner.getByRole('group').filter({ has: page.getByRole('button', { name: 'English', exact: true }) });
    this.loadingStatus = this.main.locator('[role="status"][aria-busy="true"]');
    this.errorAlert = this.main.getByRole('alert');
  }

  /** Loads the reader (optionally at a `#fragment`) without waiting for the article. */
  async goto(fragment = ''): Promise<void> {
    await this.page.goto(`/${fragment}`);
  }

  /** Loads the reader and waits until the article is rendered. */
  async open(fragment = ''): Promise<void> {
    await this.goto(fragment);
    await this.waitUntilReady();
  }

  /** Opens the reader as a fresh page load (not a same-document hash change). */
  async openFresh(fragment = ''): Promise<void> {
    await this.page.goto('about:blank');
    await this.open(fragment);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.readyArticle.waitFor();
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 2, name, exact: true });
  }

  tocEntry(name: string): Locator {
    return this.toc.getByRole('link', { name, exact: true });
  }

  /** The section id (the parser's, as links and bookmarks carry it), read from the heading. */
  async sectionId(name: string): Promise<string> {
    const id = await this.heading(name).getAttribute('data-section');
    if (!id) throw new Error(`the heading "${name}" has no section id`);
    return id;
  }

  /** The heading's element id (scoped by article, unlike the section id). */
  async headingElementId(name: string): Promise<string> {
    const id = await this.heading(name).getAttribute('id');
    if (!id) throw new Error(`the heading "${name}" has no id`);
    return id;
  }

  async chooseTocEntry(name: string): Promise<void> {
    await this.tocEntry(name).click();
  }

  /** Top of a heading relative to the viewport, in CSS pixels. */
  async headingTop(name: string): Promise<number> {
    const box = await this.heading(name).boundingBox();
    if (!box) throw new Error(`the heading "${name}" is not rendered`);
    return box.y;
  }

  /** Scrolls (as a script would) so that a heading's top sits `y` pixels below the top of the viewport. */
  async scrollHeadingTo(name: string, y: number): Promise<void> {
    // Reached through the element: this tsconfig has no DOM lib, so no `window` global.
    await this.heading(name).evaluate((element, offset) => {
      element.ownerDocument.defaultView?.scrollBy({ top: element.getBoundingClientRect().top - offset, behavior: 'instant' });
    }, y);
  }

  async scrollToTop(): Promise<void> {
    await this.page.evaluate('window.scrollTo({ top: 0, behavior: "instant" })');
  }

  async scrollToBottom(): Promise<void> {
    await this.page.evaluate('window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" })');
  }

  /** Resolves once the page has stopped scrolling (a smooth jump has landed): scrollY unchanged for 10 frames. */
  async scrollSettled(): Promise<void> {
    await this.page.evaluate(
      `new Promise((resolve) => {
        let last = window.scrollY, still = 0;
        const tick = () => {
          if (window.scrollY === last) still++;
          else { still = 0; last = window.scrollY; }
          if (still >= 10) resolve(undefined); else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })`,
    );
  }

  /** Scrolls with the mouse wheel, as a reader would, from the middle of the viewport. */
  async wheel(deltaY: number): Promise<void> {
    // mouse.move, not hover(): hovering an element first scrolls it into view.
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 720 };
    await this.page.mouse.move(viewport.width / 2, viewport.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  async scrollY(): Promise<number> {
    return this.page.evaluate<number>('window.scrollY');
  }

  async isAtBottom(): Promise<boolean> {
    return this.page.evaluate<boolean>(
      'Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1',
    );
  }

  /** The place the current URL's address names (common/address.ts), or null. */
  currentPlace(): Place | null {
    return placeOf(new URL(this.page.url()).hash);
  }

  /** The section the current address names; '' when it names none. */
  addressedSection(): string {
    const place = this.currentPlace();
    return place?.view === 'article' ? (place.sectionId ?? '') : '';
  }

  languageButton(language: UiLanguage): Locator {
    return this.languageSwitch.getByRole('button', { name: languageNames[language], exact: true });
  }

  async switchLanguage(language: UiLanguage): Promise<void> {
    await this.languageButton(language).click();
  }

  /** The heading row of a section: heading, copy-link button, confirmation and fallback. */
  private headingRow(name: string): Locator {
    // `has` is matched inside each row, so its locator must not start from main.
    const heading = this.page.getByRole('heading', { level: 2, name, exact: true });
    return this.main.locator('.article__section-heading').filter({ has: heading });
  }

  copyLinkButton(name: string): Locator {
    return this.headingRow(name).locator('.copy-link__button');
  }

  copyConfirmation(name: string): Locator {
    return this.headingRow(name).getByRole('status');
  }

  /** The read-only field that offers the link when copying failed. */
  copyFallbackField(name: string): Locator {
    return this.headingRow(name).getByRole('textbox');
  }

  async copyLink(name: string): Promise<void> {
    await this.copyLinkButton(name).click();
  }

  async readClipboard(): Promise<string> {
    return this.page.evaluate<string>('navigator.clipboard.readText()');
  }

  /** The bookmark toggle beside a section heading. */
  sectionBookmarkToggle(name: string): Locator {
    return this.headingRow(name).locator('.bookmark-toggle');
  }

  /** The bookmark toggle of a section's TOC entry. */
  tocBookmarkToggle(name: string): Locator {
    // `has` is matched inside each entry, so its locator must not start from the TOC.
    const link = this.page.getByRole('link', { name, exact: true });
    // The entry's own row: the list item around it also holds its subsections' entries.
    return this.toc.locator('.toc__entry').filter({ has: link }).locator('.bookmark-toggle');
  }

  /** The button of a TOC entry that collapses and expands its subsections. */
  tocFoldButton(name: string): Locator {
    const link = this.page.getByRole('link', { name, exact: true });
    return this.toc.locator('.toc__entry').filter({ has: link }).locator('.toc__fold');
  }

  /** The text of a TOC entry, where its indentation shows. */
  tocEntryText(name: string): Locator {
    return this.tocEntry(name).locator('bdi');
  }

  /** A section heading of the given level (2 for a section, 3 and 4 for subsections). */
  headingAt(level: 2 | 3 | 4, name: string): Locator {
    return this.main.getByRole('heading', { level, name, exact: true });
  }

  /** The section under a heading of any level, heading included. */
  sectionAt(level: 2 | 3 | 4, heading: string): Locator {
    const found = this.page.getByRole('heading', { level, name: heading, exact: true });
    return this.main.locator('section').filter({ has: found });
  }

  /** The lists of a section (or the lead) that are not nested in another list. */
  topLists(section: Locator): Locator {
    return section.locator(':scope > ul, :scope > ol');
  }

  /** The start of the article: the title and the lead, which a link's article opens at. */
  get lead(): Locator {
    return this.main.locator('.article__lead');
  }

  /** A link to another article of the library, by its text. */
  articleLink(name: string): Locator {
    return this.main.getByRole('link', { name, exact: true });
  }

  /** Link text whose article the library does not have. */
  missingLink(text: string): Locator {
    return this.main.locator('.wiki-link--missing').filter({ hasText: text });
  }

  /** The section under a heading (level 2), heading included. */
  section(heading: string): Locator {
    const h2 = this.page.getByRole('heading', { level: 2, name: heading, exact: true });
    return this.main.locator('section').filter({ has: h2 });
  }

  /** The n-th paragraph (0-based) of the section under a heading. */
  paragraph(heading: string, index: number): Locator {
    return this.section(heading).locator('p.article__paragraph').nth(index);
  }

  /** The bookmark button in the gutter of a paragraph (shown on hover or focus). */
  paragraphBookmarkToggle(paragraph: Locator): Locator {
    return paragraph.locator('xpath=..').locator('.bookmark-toggle--paragraph');
  }

  /** Highlighted bookmarked passages in the article. */
  get passageMarks(): Locator {
    return this.main.locator('mark.bookmark-passage');
  }

  /**
   * Selects text in a paragraph through the Selection API, as a drag would:
   * from the start of `from` to the end of `to` (each within one text node).
   */
  async selectText(paragraph: Locator, from: string, to: string): Promise<void> {
    await paragraph.evaluate(
      (element, [first, last]) => {
        const document = element.ownerDocument;
        const walker = document.createTreeWalker(element, 4);
        const nodes: { data: string }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as unknown as { data: string });
        const start = nodes.find((node) => node.data.includes(first));
        const end = nodes.find((node) => node.data.includes(last));
        if (!start || !end) throw new Error(`"${first}" … "${last}" is not in the paragraph`);
        const range = document.createRange();
        range.setStart(start as never, start.data.indexOf(first));
        range.setEnd(end as never, end.data.indexOf(last) + last.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      [from, to] as const,
    );
  }

  async pressEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
