/**
 * Imports at home (the library view) in browser mode: files chosen with
 * Import… or dropped on the window go through the real upload endpoint and
 * import queue; the running job's view and cancel are driven by routed
 * answers and a routed event stream, since the small files a test can build
 * finish before anyone could press Cancel. The list itself: home.spec.ts.
 */
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { queuedJob, type ImportJob } from '../../common/imports';
import { holdEvents } from './eventStream';
import { expect, seed, test } from './fixtures';
import { wikiDump } from './imports';
import type { TestFile } from './pages/HomePage';

const textTitle = 'ทดสอบการนำเข้าข้อความ';
const htmlTitle = 'ทดสอบการนำเข้าหน้าเว็บ';
const dumpTitles = ['ทดสอบดัมพ์หน้าแรก', 'ทดสอบดัมพ์หน้าที่สอง'] as const;

/** A raw text export, as data/articles/*.txt: the title on the first line, headings ending in the edit word. */
function textExport(title: string): TestFile {
  const text = [
    title,
    '',
    `${title} เป็นบทความสำหรับทดสอบการนำเข้าไฟล์ข้อความเข้าสู่คลังของอักษร[1]`,
    '',
    'ประวัติ แก้',
    '',
    'ย่อหน้าแรกของหัวข้อประวัติ มีข้อความภาษาไทยพอให้ค้นหาได้',
    '',
    'อ้างอิง แก้',
    '',
    'แหล่งอ้างอิงสำหรับทดสอบ',
    '',
  ].join('\n');
  return { name: 'text-export.txt', mimeType: 'text/plain', buffer: Buffer.from(text) };
}

/** A minimal saved Wikipedia page. */
function htmlPage(title: string): TestFile {
  const html = `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title} - วิกิพีเดีย</title></head><body>
<h1 id="firstHeading">${title}</h1>
<div id="mw-content-text"><div class="mw-parser-output">
<p><b>${title}</b> เป็นหน้าเว็บที่บันทึกไว้สำหรับทดสอบการนำเข้า</p>
<h2><span class="mw-headline" id="ประวัติ">ประวัติ</span></h2>
<p>ย่อหน้าในหัวข้อประวัติของหน้าเว็บ</p>
</div></div></body></html>`;
  return { name: 'saved-page.html', mimeType: 'text/html', buffer: Buffer.from(html) };
}

/** A tiny MediaWiki XML dump of the given pages. */
function tinyDump(titles: readonly string[]): TestFile {
  const text = (title: string) => `'''${title}''' เป็นหน้าจากดัมพ์สำหรับทดสอบ\n\n== ประวัติ ==\nย่อหน้าในหัวข้อประวัติของ [[กรุงเทพมหานคร]]\n`;
  return wikiDump('tiny-dump.xml', titles.map((title) => ({ title, text: text(title) })));
}

/** A job as main reports it; `fields` override. */
function job(fields: Partial<ImportJob>): ImportJob {
  return { ...queuedJob('job-routed', ['thwiki-pages-articles.xml.bz2']), state: 'running', ...fields };
}

/** Answers every call to an API method with `value` (as the server's envelope) and counts the calls. */
async function routeMethod(page: Page, method: string, value: unknown): Promise<() => Request[]> {
  const calls: Request[] = [];
  await page.route(`**/api/${method}`, async (route) => {
    calls.push(route.request());
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
  return () => calls;
}

test.describe('importing files', () => {
  test('three files chosen with Import… are listed with their sources, and one opens in the reader', async ({ readerPage, library }) => {
    await readerPage.open();
    await library.open();
    await expect(library.openButton).toHaveAttribute('aria-current', 'page');
    await expect(library.count).toHaveText('1 บทความ');
    await library.importFiles([textExport(textTitle), htmlPage(htmlTitle), tinyDump(dumpTitles)]);

    const summary = library.summaries.first();
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await expect(library.announcer).toContainText('นำเข้าเสร็จแล้ว');
    await expect(library.runningJobs).toHaveCount(0);
    await expect(library.jobTitle(summary)).toHaveText('นำเข้าเสร็จแล้ว');
    // Each file its own check, so a report says which importer fell short.
    await expect.soft(library.summaryText(summary), 'all four pages imported, none skipped').toHaveText('นำเข้า 4 · ปรับปรุง 0 · ข้าม 0');

    const text = library.article(textTitle);
    await expect(library.articleSource(text)).toHaveText('ข้อความ');
    await expect(library.articleSize(text)).toHaveText(/^\d+(\.\d)? kB$/);
    await expect(library.articleDate(text)).toHaveText(/^เพิ่มเมื่อ .*25\d\d$/);
    await expect.soft(library.articleSource(library.article(htmlTitle)), 'the HTML page is listed as HTML').toHaveText('HTML');
    for (const title of dumpTitles) {
      await expect.soft(library.articleSource(library.article(title)), `${title} is listed as from a wiki dump`).toHaveText('ดัมพ์วิกิ');
    }
    await expect.soft(library.count, 'the bundled article and four imported ones').toHaveText('5 บทความ');
    // Newest first: the bundled article, in the library from the start, is last.
    await library.sortButton('เพิ่มล่าสุด').click();
    await expect(library.articleTitle(library.articles.last())).toHaveText(seed.title);
    await expect(library.removeButton(library.article(seed.title))).toHaveCount(0);

    await library.openArticle(textTitle);
    await expect(library.view).toHaveCount(0);
    await expect(readerPage.title).toHaveText(textTitle);
    await expect(readerPage.heading('ประวัติ')).toBeVisible();
    await expect(library.openButton).not.toHaveAttribute('aria-current');
  });

  test('files dropped on the window show the drop zone, then import and go home', async ({ readerPage, library }) => {
    await readerPage.open();
    await library.dragFiles([textExport(textTitle)], readerPage.main, false);
    await expect(library.dropOverlay).toHaveCount(0);
    await expect(library.view).toHaveCount(0);

    await library.dragFiles([textExport(textTitle)], readerPage.main);
    await expect(library.dropOverlay).toHaveCount(0);
    await expect(library.view).toBeVisible();
    await expect(library.summaryText(library.summaries.first())).toHaveText('นำเข้า 1 · ปรับปรุง 0 · ข้าม 0', { timeout: 30_000 });
    await expect(library.articleSource(library.article(textTitle))).toHaveText('ข้อความ');
    await expect(library.count).toHaveText('2 บทความ');
    await expect(library.announcer).toContainText('นำเข้าเสร็จแล้ว นำเข้า 1');

    // The same file again: the article is there as it is.
    await library.importFiles([textExport(textTitle)]);
    await expect(library.summaries).toHaveCount(2, { timeout: 30_000 });
    await expect(library.summaryText(library.summaries.first())).toHaveText('นำเข้า 0 · ปรับปรุง 0 · ไม่เปลี่ยนแปลง 1 · ข้าม 0');
    await library.summaryDismiss(library.summaries.first()).click();
    await expect(library.summaries).toHaveCount(1);
  });

  test('a file the importer refuses ends in a summary that lists the problem', async ({ readerPage, library }) => {
    await readerPage.open();
    await library.open();
    await library.importFiles([{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('\n\n  \n') }]);
    const summary = library.summaries.first();
    await expect(library.summaryText(summary)).toHaveText('นำเข้า 0 · ปรับปรุง 0 · ข้าม 1', { timeout: 30_000 });
    const problems = library.summaryProblems(summary);
    await expect(problems.locator('summary')).toHaveText('ปัญหา 1 รายการ');
    await expect(problems.locator('li')).toBeHidden();
    await problems.locator('summary').click();
    await expect(problems.locator('li')).toContainText('empty.txt');
    await expect(library.count).toHaveText('1 บทความ');
  });

  test('a file that cannot be sent is named in an alert, and nothing starts', async ({ readerPage, library }) => {
    await readerPage.page.route('**/api/uploads', (route) =>
      route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'too-large', message: 'refused: the upload is larger than allowed' } }) }),
    );
    const starts = await routeMethod(readerPage.page, 'startImport', null);
    await readerPage.open();
    await library.open();
    await library.importFiles([textExport(textTitle)]);
    await expect(library.errors).toHaveRole('alert');
    await expect(library.errors).toContainText('ส่งไฟล์ “text-export.txt” ไม่สำเร็จ');
    await expect(library.errors).toContainText('refused: the upload is larger than allowed');
    expect(starts()).toHaveLength(0);
    await library.errors.getByRole('button').click();
    await expect(library.errors).toHaveCount(0);
  });

  test('speaks English in the English UI', async ({ readerPage, library, api }) => {
    await api.call('updateSettings', { language: 'en' });
    await readerPage.open();
    await library.open();
    await expect(library.heading).toHaveText('Library');
    await expect(library.count).toHaveText('1 article');
    await expect(library.articleSource(library.articles.first())).toHaveText('bundled');
    await expect(library.articleDate(library.articles.first())).toHaveText(/^added [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await expect(library.view.getByRole('button', { name: 'Import…' })).toBeVisible();
  });
});

test.describe('a running import', () => {
  const running = () =>
    job({
      state: 'running',
      files: ['thwiki-pages-articles.xml.bz2', 'extra.html'],
      bytesRead: 250_000,
      bytesTotal: 1_000_000,
      imported: 4_000,
      updated: 120,
      currentTitle: 'กรุงเทพมหานคร',
      startedAt: new Date(Date.now() - 20_000).toISOString(),
    });

  test('shows its progress at home and on the header button, and Cancel ends it as cancelled', async ({ readerPage, library }) => {
    await routeMethod(readerPage.page, 'listImports', [running()]);
    const cancels = await routeMethod(readerPage.page, 'cancelImport', null);
    const events = await holdEvents(readerPage.page);
    await readerPage.open();

    await expect(library.headerMeter).toBeVisible();
    await expect(library.headerMeter).toContainText('กำลังนำเข้า 25%');
    await library.open();
    await expect(library.headerMeter).toHaveCount(0);
    const view = library.runningJobs.first();
    await expect(library.jobTitle(view)).toHaveText('กำลังนำเข้า');
    await expect(view).toContainText('2 ไฟล์: thwiki-pages-articles.xml.bz2, extra.html');
    await expect(library.jobBar(view)).toHaveAttribute('value', '250000');
    await expect(library.jobBar(view)).toHaveAttribute('max', '1000000');
    await expect(library.jobFacts(view)).toContainText('25% · 4,120 บทความ');
    await expect(library.jobFacts(view)).toContainText('บทความ/วินาที');
    // A quarter read in some twenty seconds: about a minute or two left.
    await expect(library.jobFacts(view)).toContainText(/เหลืออีกประมาณ [12] นาที/);
    await expect(library.jobCurrent(view)).toHaveText('กำลังอ่าน: กรุงเทพมหานคร');

    await library.jobCancel(view).click();
    await expect.poll(() => cancels().length).toBe(1);
    expect(cancels()[0]!.postDataJSON()).toEqual({ args: ['job-routed'] });
    const finishedAt = new Date().toISOString();
    await events.send([{ type: 'importProgress', job: { ...running(), state: 'cancelled', currentTitle: null, finishedAt } }]);
    const summary = library.summaries.first();
    await expect(library.jobTitle(summary)).toHaveText('ยกเลิกการนำเข้าแล้ว');
    await expect(library.summaryText(summary)).toHaveText('นำเข้า 4,000 · ปรับปรุง 120 · ข้าม 0');
    await expect(library.runningJobs).toHaveCount(0);
    await expect(library.announcer).toContainText('ยกเลิกการนำเข้าแล้ว นำเข้า 4,000');
  });

  test('has an indeterminate bar while the size is unknown', async ({ readerPage, library }) => {
    await routeMethod(readerPage.page, 'listImports', [job({ state: 'queued' })]);
    await readerPage.open();
    await library.open();
    const view = library.runningJobs.first();
    await expect(library.jobTitle(view)).toHaveText('รอคิวนำเข้า');
    await expect(library.jobBar(view)).not.toHaveAttribute('value');
  });
});

test.describe('accessibility of imports at home', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`${theme}: no serious or critical axe violations with a running import, a failed one and the list`, async ({ readerPage, library, api }, testInfo) => {
      await api.call('updateSettings', { theme });
      await routeMethod(readerPage.page, 'listImports', [
        job({ id: 'job-running', bytesRead: 400, bytesTotal: 1000, imported: 12, currentTitle: 'ภาษาไทย', startedAt: new Date(Date.now() - 5_000).toISOString() }),
      ]);
      const events = await holdEvents(readerPage.page);
      await readerPage.open();
      await library.open();
      await events.send([
        {
          type: 'importProgress',
          job: job({
            id: 'job-failed',
            state: 'failed',
            files: ['broken.xml'],
            imported: 3,
            skipped: 2,
            startedAt: new Date(Date.now() - 9_000).toISOString(),
            finishedAt: new Date().toISOString(),
            problems: [
              { file: 'broken.xml', title: 'หน้าที่เสีย', reason: 'the page has no text' },
              { file: 'broken.xml', title: null, reason: 'the XML ends in the middle of a page' },
            ],
            error: 'the XML ends in the middle of a page',
          }),
        },
      ]);
      const failed = library.summaries.first();
      await expect(library.jobTitle(failed)).toHaveText('นำเข้าไม่สำเร็จ');
      await library.summaryProblems(failed).locator('summary').click();
      await expect(library.articles).toHaveCount(1);

      const results = await new AxeBuilder({ page: readerPage.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      console.log(`axe imports-${theme}: ${results.violations.length} violations, ${severe.length} serious or critical`);
      await testInfo.attach(`axe-imports-${theme}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
      await mkdir('test-results/screenshots', { recursive: true });
      await readerPage.page.screenshot({ path: `test-results/screenshots/home-imports-${theme}.png` });
      expect(severe.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
    });
  }
});

test.describe('a 360 px window', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('keeps the library button and its meter in the banner, and home without horizontal scroll', async ({ readerPage, library }) => {
    await routeMethod(readerPage.page, 'listImports', [
      job({ bytesRead: 600, bytesTotal: 1000, imported: 30, currentTitle: 'ภาษาไทย', startedAt: new Date(Date.now() - 5_000).toISOString() }),
    ]);
    const width = () => readerPage.page.evaluate<number>('document.documentElement.scrollWidth');
    await readerPage.open();
    await expect(library.openButton).toBeInViewport();
    await expect(library.headerMeter).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(360);
    await mkdir('test-results/screenshots', { recursive: true });
    await readerPage.banner.screenshot({ path: 'test-results/screenshots/library-meter-narrow.png' });
    await library.open();
    await expect(library.runningJobs).toHaveCount(1);
    await expect(library.articles).toHaveCount(1);
    expect(await width()).toBeLessThanOrEqual(360);
    const box = await library.view.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await readerPage.page.screenshot({ path: 'test-results/screenshots/home-narrow.png' });
  });
});
