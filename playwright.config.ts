/** End-to-end tests: the built renderer in browser mode (scripts/web.ts), driven in the system Chromium. */
import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { tokenHeader } from './main/web/access';

// AKSORN_E2E_PORT lets two runs (say, a CI clone and a working tree) share a machine.
const port = Number(process.env.AKSORN_E2E_PORT ?? 4817);
// Browser mode's access token for this run; set in the environment so the workers read the same one.
const token = (process.env.AKSORN_E2E_TOKEN ??= randomBytes(32).toString('base64url'));

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
    // Every request of the tests, the page's and the API client's, carries the token; access.spec.ts tests the cookie.
    extraHTTPHeaders: { [tokenHeader]: token },
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
    command: `npx tsx scripts/web.ts --port ${port} --user-data test-results/e2e-user-data --token=${token}`,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    // Never another run's server: it would have another token.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
