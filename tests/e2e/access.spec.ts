/** Browser mode's access token (main/web/access.ts), tried from a browser that does not carry the tests' header. */
import { expect, test } from './fixtures';

const token = process.env.AKSORN_E2E_TOKEN!;

test.describe('access token', () => {
  test('the printed address trades the token for a cookie and opens the reader without it in the address', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, extraHTTPHeaders: {} });
    const page = await context.newPage();
    await page.goto(`/?token=${token}#no-such-section`);
    await expect(page.locator('article[data-ready="true"]')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'aksorn-token', value: token, httpOnly: true, sameSite: 'Strict' });
    await context.close();
  });

  test('without the token the page and the API are refused', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, extraHTTPHeaders: {} });
    const page = await context.newPage();
    const answer = await page.goto('/');
    expect(answer?.status()).toBe(401);
    await expect(page.locator('body')).toContainText('access token');
    const api = await context.request.post('/api/listArticles', { data: { args: [] } });
    expect(api.status()).toBe(401);
    const wrong = await page.goto('/?token=not-this-runs-token-but-long-enough-1234');
    expect(wrong?.status()).toBe(401);
    await context.close();
  });
});
