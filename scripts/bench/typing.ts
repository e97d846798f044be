/**
 * `npm run bench:typing -- <user-data dir> [query]`: search as you type in
 * browser mode, in Chromium, over a library already imported there (e.g. the
 * 100,000-article library that `npm run bench -- --only library` keeps). Types
 * the query one character at a time, as a reader does, and prints how long
 * each keystroke took to show its results. A measurement, not a test.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright';

const [userData, query = 'รัสเซียใน'] = process.argv.slice(2);
if (!userData) throw new Error('usage: npm run bench:typing -- <user-data dir> [query]');
const root = resolve(import.meta.dirname, '../..');
const port = 4899;
const token = 'typing-bench-0123456789abcdefghijklmnop';
const server = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/web.ts'), '--port', String(port), '--user-data', userData, '--token', token], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((ready, fail) => {
  server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('browser mode') && ready());
  server.on('exit', (code) => fail(new Error(`browser mode stopped (exit code ${code})`)));
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/?token=${token}`);
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
  server.kill();
}
