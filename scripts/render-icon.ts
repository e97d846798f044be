/**
 * Renders assets/icon.svg to assets/icon.png (512×512, transparent corners),
 * the raster electron-builder and the Linux window use. Run after editing
 * the SVG: `npx tsx scripts/render-icon.ts`. Uses the system Chromium through
 * Playwright, so nothing is downloaded.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const size = 512;
const assets = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'assets');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // Inline, so the page needs no file access; the SVG's own size decides the drawing.
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.locator('svg').screenshot({ path: join(assets, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${join(assets, 'icon.png')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
