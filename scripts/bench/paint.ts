/**
 * `npm run bench:paint`: how soon an article of 100 sections shows its first
 * text after the click that opens it, in browser mode in Chromium. A library
 * of two articles is imported into a fresh user-data folder (a MediaWiki
 * dump: a short article that links to a long one); the link is clicked, the
 * time from the click event to the paint of the long article's title is read
 * from the Element Timing API, back goes to the short article, and again —
 * as built, and with every section laid out at once (the way it was before
 * content-visibility), interleaved in one run. A measurement, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { paragraphText } from '../../common/article.js';
import { articleIdOfTitle } from '../../main/library/title.js';
import type { Page } from 'playwright';
import { bundledArticles } from './bundled.js';
import { launchChromium, startBrowserMode } from './browserMode.js';
import { latencyStats } from './stats.js';

const runs = 30;
const sectionCount = 100;
const startTitle = 'บทความเริ่มต้นสำหรับวัดเวลา';
const longTitle = 'บทความยาวหนึ่งร้อยหัวข้อ';

/** Wikitext of 100 sections (every fourth an h3, every tenth an h4), three paragraphs each, of the bundled article's Thai text. */
function longArticleText(): string {
  const sentences = bundledArticles().flatMap((article) => [...article.lead, ...article.sections.flatMap((s) => s.paragraphs)].map(paragraphText));
  const lines: string[] = [`'''${longTitle}''' ${sentences[0]}`];
  for (let i = 0; i < sectionCount; i++) {
    const marks = i % 10 === 9 ? '====' : i % 4 === 3 ? '===' : '==';
    lines.push('', `${marks} หัวข้อที่ ${i + 1} ${marks}`);
    for (let p = 0; p < 3; p++) lines.push('', sentences[(i * 3 + p) % sentences.length]!);
  }
  return lines.join('\n');
}

function dump(pages: readonly { title: string; text: string }[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml = pages.map(
    (page, i) =>
      `<page><title>${escape(page.title)}</title><ns>0</ns><id>${i + 1}</id><revision><id>${i + 100}</id><text xml:space="preserve">${escape(page.text)}</text></revision></page>`,
  );
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xml:lang="th"><siteinfo><sitename>วิกิพีเดีย</sitename><dbname>thwiki</dbname><namespaces><namespace key="0" case="first-letter" /></namespaces></siteinfo>${xml.join('')}</mediawiki>`;
}

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'aksorn-paint-'));
const userData = join(dir, 'user-data');
const file = join(dir, 'paint.xml');
const longText = longArticleText();
writeFileSync(file, dump([{ title: startTitle, text: `บทความนี้ลิงก์ไปยัง [[${longTitle}]] เพื่อวัดเวลา` }, { title: longTitle, text: longText }]));
const imported = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/aksorn.ts'), 'import', file, '--user-data', userData], {
  cwd: root,
  encoding: 'utf8',
});
if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);

/** A reader page at the short article, watching clicks and the paints of article titles (both on the page's clock). */
async function readerAt(page: Page, url: string, style?: string): Promise<Page> {
  await page.goto(`${url}#/a/${encodeURIComponent(articleIdOfTitle(startTitle))}`);
  if (style) await page.addStyleTag({ content: style });
  await page.locator('a.wiki-link', { hasText: longTitle }).waitFor();
  await page.evaluate(`
    window.benchClicks = [];
    window.benchPaints = [];
    addEventListener('click', (event) => benchClicks.push(event.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.identifier === 'article-title') benchPaints.push({ text: entry.element?.textContent, at: entry.renderTime || entry.loadTime });
    }).observe({ type: 'element' });
  `);
  return page;
}

/** Clicks the link to the long article, reads how long its title took to paint, and goes back. */
async function openOnce(page: Page): Promise<number> {
  const link = page.locator('a.wiki-link', { hasText: longTitle });
  await link.click();
  // A function, not a string: the page's CSP allows no eval.
  await page.waitForFunction(
    (title) => (globalThis as unknown as { benchPaints: { text: string }[] }).benchPaints.some((paint) => paint.text === title),
    longTitle,
  );
  const [click, paint] = await page.evaluate<[number, number]>(`(() => {
    const painted = benchPaints.find((paint) => paint.text === ${JSON.stringify(longTitle)});
    benchPaints = [];
    return [benchClicks.at(-1), painted.at];
  })()`);
  await page.keyboard.press('Alt+ArrowLeft');
  await link.waitFor();
  return paint - click;
}

const server = await startBrowserMode(userData, 4898);
const browser = await launchChromium();
try {
  // As built: sections out of view are not laid out (content-visibility). The alternative, side by side:
  // every section laid out at once, as before (a test stylesheet, which the page's CSP lets in only with bypassCSP).
  const variants = [
    { name: 'as built (sections out of view not laid out)', page: await readerAt(await browser.newPage(), server.url), samples: [] as number[] },
    {
      name: 'every section laid out at once',
      page: await readerAt(await (await browser.newContext({ bypassCSP: true })).newPage(), server.url, '.article__section { content-visibility: visible; }'),
      samples: [] as number[],
    },
  ];
  for (let i = 0; i < runs; i++) for (const variant of variants) variant.samples.push(await openOnce(variant.page));
  const kB = Math.round(Buffer.byteLength(longText) / 1024);
  console.log(`Opening an article of ${sectionCount} sections (${kB} kB of wikitext) by a link, in browser mode in Chromium, ${runs} times each, interleaved:`);
  console.log('click → its title painted (target ≤ 100 ms):');
  for (const { name, samples } of variants) {
    const stats = latencyStats(samples);
    console.log(`  ${name.padEnd(46)} p50 ${stats.p50.toFixed(0).padStart(4)} ms   p95 ${stats.p95.toFixed(0).padStart(4)} ms   max ${stats.max.toFixed(0).padStart(4)} ms`);
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
