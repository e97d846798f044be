/** End-to-end tests: the built renderer in browser mode (scripts/web.ts), driven in the system Chromium. */
import { defineConfig } from '@playwright/test';

// AKSORN_E2E_PORT lets two runs (say, a CI clone and a working tree) share a machine.
const port = Number(process.env.AKSORN_E2E_PORT ?? 4817);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  reporter: 'list',
  // One server and one user-data folder: tests that change settings must not overlap.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The Debian Chromium: never `npx playwright install`.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx tsx scripts/web.ts --port ${port} --user-data test-results/e2e-user-data`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
