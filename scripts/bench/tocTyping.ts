/**
 * `npm run bench:toc -- [headings]`: the TOC of a long article
 * in browser mode, in Chromium (build first: `npm run build`). Serves a made-up
 * article of `headings` sections (default 500: sections, each with two
 * subsections and a sub-subsection) in place of the library, types queries
 * into the TOC's filter one character at a time, and prints how long each
 * keystroke took until the list showed its matches (React committed) and
 * until the next frame (TOC_BENCH_EACH=1 prints every keystroke); then the
 * same for expand all and collapse all. A measurement, not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright';
import type { Article, Section } from '../../common/article';
import { launchChromium, startBrowserMode } from './browserMode.js';
import { latencyStats } from './stats.js';

const count = Number(process.argv[2] ?? 500);
if (!Number.isInteger(count) || count < 4 || count > 5000) throw new Error('usage: npm run bench:toc -- [headings: 4..5000]');
const queries = ['สมัยโบราณของภาคที่ 12', 'เศรษฐกิจ', 'economy of part 7'];
const port = 4898;

function article(): Article {
  const text = (words: string) => ({ runs: [{ text: `${words} ข้อความสำหรับทดสอบสารบัญของบทความยาว` }] });
  const section = (id: string, heading: string, level: 2 | 3 | 4): Section => ({ id, heading, level, paragraphs: [text(heading)] });
  const sections = Array.from({ length: Math.ceil(count / 4) }, (_, i) => [
    section(`p${i}`, `ภาคที่ ${i + 1}`, 2),
    section(`h${i}`, `ประวัติและสมัยโบราณของภาคที่ ${i + 1}`, 3),
    section(`a${i}`, `สมัยโบราณของภาคที่ ${i + 1} (Ancient history)`, 4),
    section(`e${i}`, `เศรษฐกิจภาคที่ ${i + 1} — Economy of part ${i + 1}`, 3),
  ])
    .flat()
    .slice(0, count);
  return { id: 'toc-bench', title: 'บทความยาวสำหรับวัดสารบัญ', lang: 'th', lead: [text('บทนำ')], sections, hasReferenceList: false };
}

/** Answers the calls that pick and read the article, so the page shows `shown` whatever the library holds. */
async function serveArticle(page: Page, shown: Article): Promise<void> {
  const answer = (route: Route, value: unknown) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  await page.route('**/api/getLastReadingPosition', (route) => answer(route, { articleId: shown.id, sectionId: 'lead', progress: 0 }));
  await page.route('**/api/getReadingPosition', (route) => answer(route, null));
  await page.route('**/api/setReadingPosition', (route) => answer(route, undefined));
  await page.route('**/api/getArticle', (route) => answer(route, shown));
  await page.route('**/api/resolveTitles', (route) => {
    const [titles] = (route.request().postDataJSON() as { args: [string[]] }).args;
    return answer(route, titles.map(() => null));
  });
}

/** Timing in the page; a string, as this project has no DOM types (and tsx would rename functions passed as code). */
const pageTimers = `
  window.tocBench = {
    // Sets the filter field as typing would; times until the list shows its matches, and the frame after.
    type(text) {
      const input = document.querySelector('.toc__filter-input');
      const list = document.querySelector('.toc__scroll');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      return new Promise((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if ((list.dataset.filter ?? '') !== text) return;
          observer.disconnect();
          const committed = performance.now() - started;
          requestAnimationFrame(() => done({ committed, frame: performance.now() - started }));
        });
        observer.observe(list, { attributes: true, attributeFilter: ['data-filter'] });
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    // Clicks a TOC tool (0: expand all, 1: collapse all); times until \`links\` entries are listed, and the frame after.
    click(tool, links) {
      const nav = document.querySelector('.toc');
      return new Promise((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (nav.querySelectorAll('.toc__link').length !== links) return;
          observer.disconnect();
          const committed = performance.now() - started;
          requestAnimationFrame(() => done({ committed, frame: performance.now() - started }));
        });
        observer.observe(nav, { childList: true, subtree: true });
        nav.querySelectorAll('.toc__tool')[tool].click();
      });
    },
  };
`;

interface Timing {
  readonly committed: number;
  readonly frame: number;
}

const format = (samples: number[]) => {
  const s = latencyStats(samples);
  return `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
};

const userData = mkdtempSync(join(tmpdir(), 'aksorn-toc-bench-'));
const server = await startBrowserMode(userData, port);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const shown = article();
  await serveArticle(page, shown);
  await page.goto(server.url);
  await page.locator('article[data-ready="true"]').waitFor();
  await page.evaluate(pageTimers);
  console.log(`TOC of ${shown.sections.length} headings in Chromium: each keystroke until the list shows its matches (committed) and until the next frame`);
  for (const query of queries) {
    const committed: number[] = [];
    const frames: number[] = [];
    const chars = Array.from(query);
    for (let n = 1; n <= chars.length; n++) {
      const timing = await page.evaluate<Timing>(`window.tocBench.type(${JSON.stringify(chars.slice(0, n).join(''))})`);
      committed.push(timing.committed);
      if (process.env.TOC_BENCH_EACH) console.log(`  ${chars.slice(0, n).join('')}: ${timing.committed.toFixed(1)} / ${timing.frame.toFixed(1)} ms`);
      frames.push(timing.frame);
    }
    await page.evaluate(`window.tocBench.type('')`);
    console.log(`"${query}" (${chars.length} keystrokes): committed ${format(committed)}; next frame ${format(frames)}`);
  }
  const roots = shown.sections.filter((s) => s.level === 2).length;
  for (let round = 0; round < 3; round++) {
    const expand = await page.evaluate<Timing>(`window.tocBench.click(0, ${shown.sections.length})`);
    const collapse = await page.evaluate<Timing>(`window.tocBench.click(1, ${roots})`);
    console.log(
      `expand all (${shown.sections.length} entries): ${expand.committed.toFixed(1)} ms, frame ${expand.frame.toFixed(1)} ms; collapse all: ${collapse.committed.toFixed(1)} ms, frame ${collapse.frame.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(userData, { recursive: true, force: true });
}
