/**
 * `npm run bench:home -- <user-data dir> [filter]`: home, the library view,
 * in browser mode in Chromium over a library already imported there (a COPY
 * of /tmp/aksorn-bench-libraries/th-170000-…/user-data: browser mode writes
 * to the folder it opens). Prints how long home takes to list the library,
 * each keystroke of a filter typed one character at a time (the key, to the
 * frame that shows the filtered list), and the frame times of scripted
 * scrolls through the list (requestAnimationFrame deltas). A measurement,
 * not a test. AKSORN_BENCH_PORT picks browser mode's port (default 4896).
 */
import { launchChromium, startBrowserMode } from './browserMode.js';
import { latencyStats } from './stats.js';

const [userData, filter = 'การเมือง'] = process.argv.slice(2);
if (!userData) throw new Error('usage: npm run bench:home -- <user-data dir> [filter]');

/**
 * Scrolls: the mouse wheel (120 px a notch, as fast as the page takes them),
 * then scrollBy in every frame, from steady to a fling. Each scripted scroll
 * is instant, so it also ends a scroll in every frame (scrollend: the
 * history keeps the position in its entry), which a wheel does less often.
 */
const wheelNotches = 300;
const scrolls = [
  { name: 'scripted, 100 px a frame', step: 100, frames: 600 },
  { name: 'scripted, 1,000 px a frame', step: 1_000, frames: 300 },
  { name: 'scripted, 10,000 px a frame', step: 10_000, frames: 200 },
] as const;

const server = await startBrowserMode(userData, Number(process.env.AKSORN_BENCH_PORT ?? 4896));
const browser = await launchChromium();
const format = (ms: number) => `${ms.toFixed(1)} ms`;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const opened = performance.now();
  await page.goto(`${server.url}#/`);
  const count = page.locator('.home__count');
  await count.filter({ hasText: /\S/ }).waitFor({ timeout: 120_000 });
  await page.locator('.home-row:not(.home-row--placeholder)').first().waitFor();
  console.log(`home over ${userData}: ${(await count.textContent())?.trim()}, listed ${((performance.now() - opened) / 1000).toFixed(1)} s after the page was asked for (the catalog worker's first build included)`);
  // Let the worker prepare the filter while idle, as it does after the first answer.
  await page.waitForTimeout(1_000);

  // Each keystroke on the page's clock: from its input event (Thai is typed as inserted text, without keydown)
  // to the first frame after the list stopped being busy.
  await page.evaluate(`
    window.benchKeys = [];
    addEventListener('input', () => benchKeys.push({ down: performance.now(), busy: false, shown: null }), true);
    new MutationObserver(() => {
      const key = benchKeys.at(-1);
      if (!key || key.shown !== null) return;
      const busy = document.querySelector('.home-list')?.getAttribute('aria-busy') === 'true';
      if (busy) key.busy = true;
      else if (key.busy) requestAnimationFrame(() => { key.shown = performance.now(); });
    }).observe(document.querySelector('.home'), { attributes: true, attributeFilter: ['aria-busy'], subtree: true });
  `);
  const box = page.locator('.home__filter');
  await box.click();
  console.log(`\nfiltering as you type "${filter}" (key → the filtered list painted):`);
  const keystrokes: number[] = [];
  for (const char of Array.from(filter)) {
    await page.keyboard.type(char);
    const typedSoFar = keystrokes.length + 1;
    await page.waitForFunction(
      (n) => {
        const keys = (globalThis as unknown as { benchKeys: { shown: number | null }[] }).benchKeys;
        return keys.length === n && keys[n - 1]?.shown !== null;
      },
      typedSoFar,
      { timeout: 30_000 },
    );
    const [down, shown] = await page.evaluate<[number, number]>('[benchKeys.at(-1).down, benchKeys.at(-1).shown]');
    keystrokes.push(shown - down);
    console.log(`  ${(await box.inputValue()).padEnd(12)} ${format(shown - down).padStart(9)}  ${(await count.textContent())?.trim()}`);
  }
  const typed = latencyStats(keystrokes);
  console.log(`  per keystroke: p50 ${format(typed.p50)}, max ${format(typed.max)} (target ≤ 50 ms)`);

  await box.fill('');
  await page.locator('.home-list[aria-busy="false"]').waitFor();
  await count.filter({ hasNotText: 'จาก' }).waitFor();
  console.log(`\nscrolling through the list (${(await count.textContent())?.trim()}), frame times from requestAnimationFrame:`);
  const idle = await page.evaluate<number[]>(`new Promise((resolve) => {
    const deltas = []; let last = performance.now();
    const tick = (now) => { deltas.push(now - last); last = now; if (deltas.length < 120) requestAnimationFrame(tick); else resolve(deltas.slice(1)); };
    requestAnimationFrame(tick);
  })`);
  const baseline = latencyStats(idle);
  console.log(`  idle page (the display's own pace): p50 ${format(baseline.p50)}, p95 ${format(baseline.p95)}, max ${format(baseline.max)}`);
  const report = async (name: string, deltas: readonly number[]) => {
    const stats = latencyStats(deltas);
    // A frame missed: more than one and a half display frames (16.7 ms) since the last.
    const slow = deltas.filter((delta) => delta > 25).length;
    const rows = await page.locator('.home-row').count();
    const placeholders = await page.locator('.home-row--placeholder').count();
    console.log(
      `  ${name.padEnd(28)} p50 ${format(stats.p50)}, p95 ${format(stats.p95)}, max ${format(stats.max)}; ${slow} of ${deltas.length} frames missed (over 25 ms); ${rows} rows in the document at the end (${placeholders} still loading)`,
    );
  };

  // The wheel: frames recorded on the page while Playwright turns it, notch after notch.
  await page.mouse.move(640, 600);
  await page.evaluate(`
    window.benchFrames = []; window.benchStop = false;
    let last = performance.now();
    const tick = (now) => { benchFrames.push(now - last); last = now; if (!benchStop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  `);
  for (let notch = 0; notch < wheelNotches; notch++) await page.mouse.wheel(0, 120);
  const wheeled = await page.evaluate<number[]>('(benchStop = true, benchFrames.slice(1))');
  await report(`wheel (${wheelNotches} notches of 120 px)`, wheeled);

  for (const { name, step, frames } of scrolls) {
    await page.evaluate('window.scrollTo({ top: 0, behavior: "instant" })');
    await page.waitForTimeout(300);
    const deltas = await page.evaluate<number[]>(`new Promise((resolve) => {
      const deltas = []; let last = performance.now();
      const tick = (now) => {
        deltas.push(now - last); last = now;
        window.scrollBy({ top: ${step}, behavior: 'instant' });
        if (deltas.length < ${frames}) requestAnimationFrame(tick); else resolve(deltas.slice(1));
      };
      requestAnimationFrame(tick);
    })`);
    await report(name, deltas);
  }
} finally {
  await browser.close();
  server.stop();
}
