/**
 * Page object of home, the library view: the header's Library button and its
 * import meter, Import… and its jobs, continue reading, the filter, sort and
 * count, the virtualized list of articles, the removal toast, the drop zone.
 * No assertions.
 */
import type { Locator, Page } from '@playwright/test';

/** A file as a test builds it. */
export interface TestFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** A title as a whole-text pattern (titles hold characters that mean something in a regular expression). */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export class HomePage {
  readonly page: Page;
  /** The header button that goes home. */
  readonly openButton: Locator;
  /** The import meter on the header button (shown away from home). */
  readonly headerMeter: Locator;
  /** Home: a region named by its heading. */
  readonly view: Locator;
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly fileInput: Locator;
  /** "Sending file 2 of 3: …". */
  readonly staging: Locator;
  readonly errors: Locator;
  /** Every import job shown, running or finished. */
  readonly jobs: Locator;
  readonly runningJobs: Locator;
  readonly summaries: Locator;
  /** "Continue reading": its section, and its articles. */
  readonly continueSection: Locator;
  readonly continueItems: Locator;
  readonly filter: Locator;
  readonly sortGroup: Locator;
  /** The article count ("12 บทความ", "3 จาก 12 บทความ"). */
  readonly count: Locator;
  readonly list: Locator;
  /** The rows drawn (the list draws those in view and a few more). */
  readonly articles: Locator;
  /** A message in place of the list: nothing matches, only the bundled article, an empty library. */
  readonly message: Locator;
  readonly toast: Locator;
  readonly undoButton: Locator;
  /** The live region announcing imports and removals. */
  readonly announcer: Locator;
  readonly dropOverlay: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByRole('banner').locator('.library-button');
    this.headerMeter = this.openButton.locator('.library-button__importing');
    this.view = page.locator('.home');
    this.heading = this.view.getByRole('heading', { level: 1 });
    this.importButton = this.view.locator('.home-import__button');
    this.fileInput = this.view.locator('input[type="file"]');
    this.staging = this.view.locator('.home-import__staging');
    this.errors = this.view.locator('.import-errors');
    this.jobs = this.view.locator('.import-job');
    this.runningJobs = this.view.locator('.import-job:not(.import-job--finished)');
    this.summaries = this.view.locator('.import-job--finished');
    this.continueSection = this.view.locator('.home-continue');
    this.continueItems = this.continueSection.locator('.home-continue__open');
    this.filter = this.view.getByRole('searchbox');
    this.sortGroup = this.view.locator('.home-sort');
    this.count = this.view.locator('.home__count');
    this.list = this.view.locator('.home-list');
    this.articles = this.list.locator('.home-row:not(.home-row--placeholder)');
    this.message = this.view.locator('.home__message');
    this.toast = page.locator('.home-toast');
    this.undoButton = this.toast.locator('.undo-toast__undo');
    this.announcer = page.locator('.library-announcer');
    this.dropOverlay = page.locator('.drop-overlay');
  }

  /** The listed article whose title is `title`. */
  article(title: string): Locator {
    return this.articles.filter({ has: this.page.locator('.home-row__title', { hasText: exactly(title) }) });
  }

  /** The "continue reading" card of the article titled `title`. */
  continueItem(title: string): Locator {
    return this.continueItems.filter({ has: this.page.locator('.home-continue__title', { hasText: exactly(title) }) });
  }

  articleTitle(item: Locator): Locator {
    return item.locator('.home-row__title');
  }

  articleSource(item: Locator): Locator {
    return item.locator('.home-row__source');
  }

  articleSize(item: Locator): Locator {
    return item.locator('.home-row__size');
  }

  articleDate(item: Locator): Locator {
    return item.locator('time');
  }

  /** How far it was read ("อ่านแล้ว 40%", "ยังไม่ได้อ่าน"). */
  articleProgress(item: Locator): Locator {
    return item.locator('.home-progress');
  }

  /** The button that opens the article. */
  articleOpen(item: Locator): Locator {
    return item.locator('.home-row__open');
  }

  removeButton(item: Locator): Locator {
    return item.locator('.home-row__remove');
  }

  sortButton(name: string): Locator {
    return this.sortGroup.getByRole('button', { name, exact: true });
  }

  jobTitle(job: Locator): Locator {
    return job.locator('.import-job__title');
  }

  jobBar(job: Locator): Locator {
    return job.locator('progress');
  }

  jobFacts(job: Locator): Locator {
    return job.locator('.import-job__facts');
  }

  jobCurrent(job: Locator): Locator {
    return job.locator('.import-job__current');
  }

  jobCancel(job: Locator): Locator {
    return job.locator('.import-job__cancel');
  }

  summaryText(job: Locator): Locator {
    return job.locator('.import-job__summary');
  }

  summaryProblems(job: Locator): Locator {
    return job.locator('.import-job__problems');
  }

  summaryDismiss(job: Locator): Locator {
    return job.locator('.import-job__dismiss');
  }

  /** Goes home with the header's Library button and waits for the list (or its message). */
  async open(): Promise<void> {
    await this.openButton.click();
    await this.view.waitFor();
    await this.count.filter({ hasText: /\S/ }).waitFor();
  }

  /** Chooses files in the Import… picker, as the reader would. */
  async importFiles(files: readonly TestFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(files.map((file) => ({ ...file })));
  }

  /**
   * Opens an article from the list: filtered by its title first, so it is
   * drawn however long the list. The click waits for the filtered rows: rows
   * are drawn by position, so one clicked while the answer comes in may
   * already show another article.
   */
  async openArticle(title: string): Promise<void> {
    await this.filter.fill(title);
    await this.list.locator('.home-row__title').filter({ hasNotText: title }).first().waitFor({ state: 'detached' });
    await this.articleOpen(this.article(title)).click();
  }

  /**
   * Drags files over the window and drops them on `target`, as a file
   * manager would: dragenter, dragover, then drop (or dragleave when `drop` is false).
   */
  async dragFiles(files: readonly TestFile[], target: Locator, drop = true): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (list) => {
        // Reached through globalThis: this tsconfig has no DOM lib.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: readonly Uint8Array[], name: string, options: { type: string }) => unknown;
        };
        const data = new dom.DataTransfer();
        for (const file of list) data.items.add(new dom.File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
        return data;
      },
      files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })),
    );
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropOverlay.waitFor();
    await target.dispatchEvent(drop ? 'drop' : 'dragleave', { dataTransfer: transfer });
  }
}
