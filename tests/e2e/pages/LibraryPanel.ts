/** Page object of the library: the header button and its import meter, the panel, its jobs and articles, the drop zone. No assertions. */
import type { Locator, Page } from '@playwright/test';

/** A file as a test builds it. */
export interface TestFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export class LibraryPanel {
  readonly page: Page;
  /** The header button that opens and closes the panel. */
  readonly openButton: Locator;
  /** The import meter on the header button (shown while the panel is closed). */
  readonly headerMeter: Locator;
  /** The panel: a complementary landmark named by its heading. */
  readonly panel: Locator;
  readonly closeButton: Locator;
  readonly importButton: Locator;
  readonly fileInput: Locator;
  /** "Sending file 2 of 3: …". */
  readonly staging: Locator;
  readonly errors: Locator;
  /** Every import job shown, running or finished. */
  readonly jobs: Locator;
  readonly runningJobs: Locator;
  readonly summaries: Locator;
  /** The article count heading ("12 บทความ"). */
  readonly count: Locator;
  readonly articles: Locator;
  readonly moreButton: Locator;
  /** The live region announcing imports and removals. */
  readonly announcer: Locator;
  readonly dropOverlay: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByRole('banner').locator('.library-button');
    this.headerMeter = this.openButton.locator('.library-button__importing');
    this.panel = page.getByRole('complementary', { name: 'คลังบทความ' });
    this.closeButton = this.panel.locator('.panel-header__close');
    this.importButton = this.panel.locator('.library-panel__import button');
    this.fileInput = this.panel.locator('input[type="file"]');
    this.staging = this.panel.locator('.library-panel__staging');
    this.errors = this.panel.locator('.import-errors');
    this.jobs = this.panel.locator('.import-job');
    this.runningJobs = this.panel.locator('.import-job:not(.import-job--finished)');
    this.summaries = this.panel.locator('.import-job--finished');
    this.count = this.panel.locator('.library-panel__count');
    this.articles = this.panel.locator('.library-article');
    this.moreButton = this.panel.locator('.library-panel__more');
    this.announcer = page.locator('.library-announcer');
    this.dropOverlay = page.locator('.drop-overlay');
  }

  /** The listed article whose title is `title`. */
  article(title: string): Locator {
    return this.articles.filter({ has: this.page.locator('.library-article__title', { hasText: title }) });
  }

  articleTitle(item: Locator): Locator {
    return item.locator('.library-article__title');
  }

  articleSource(item: Locator): Locator {
    return item.locator('.library-article__source');
  }

  articleSize(item: Locator): Locator {
    return item.locator('.library-article__size');
  }

  articleDate(item: Locator): Locator {
    return item.locator('time');
  }

  /** The button that opens the article. */
  articleOpen(item: Locator): Locator {
    return item.locator('.library-article__open');
  }

  removeButton(item: Locator): Locator {
    return item.locator('.library-article__remove');
  }

  /** The "remove this article?" question of a row, with its answers. */
  removeQuestion(item: Locator): Locator {
    return item.getByRole('group');
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

  async open(): Promise<void> {
    await this.openButton.click();
    await this.panel.waitFor();
  }

  /** Chooses files in the Import… picker, as the reader would. */
  async importFiles(files: readonly TestFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(files.map((file) => ({ ...file })));
  }

  async openArticle(title: string): Promise<void> {
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
