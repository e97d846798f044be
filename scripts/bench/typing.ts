/**
 * `npm run bench:typing -- <user-data dir> [query]`: search as you type in
 * browser mode, in Chromium, over a library already imported there (e.g. the
 * 100,000-article library that `npm run bench -- --only library` keeps). Types
 * the query one character at a time, as a reader does, and prints how long
 * each keystroke took to show its results. A measurement, not a test.
 */
import { launchChromium, startBrowserMode } from './browserMode.js';

const [userData, query = 'รัสเซียใน'] = process.argv.slice(2);
if (!userData) throw new Error('usage: npm run bench:typing -- <user-data dir> [query]');
const server = await startBrowserMode(userData, 4899);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const box = page.locator('.search__input');
  await box.click();
  // The search box's live region: empty while a query is pending, its count once answered.
  const status = page.locator('.search [role="status"]');
  console.log(`typing "${query}" into browser mode over ${userData} (the box waits 120 ms after a keystroke before it asks)`);
  for (const char of Array.from(query)) {
    const started = performance.now();
    await page.keyboard.type(char);
    await status.filter({ hasText: /^$/ }).waitFor({ timeout: 2_000 }).catch(() => undefined);
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    console.log(`${(await box.inputValue()).padEnd(12)} ${(performance.now() - started).toFixed(0)} ms  ${(await status.textContent())?.trim()}`);
  }
} finally {
  await browser.close();
  server.stop();
}
