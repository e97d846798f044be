import { defaultSettings, expect, test } from './fixtures';

test.describe('language', () => {
  test('starts in Thai', async ({ reader }) => {
    await expect(reader.page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(reader.languageButton('th')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.toc).toHaveAttribute('aria-label', 'สารบัญ');
    await expect(reader.tocTitle).toHaveText('สารบัญ');
  });

  test('switching to English changes the UI labels and persists across reload', async ({ reader, request }) => {
    await reader.switchLanguage('en');
    await expect(reader.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(reader.toc).toHaveAttribute('aria-label', 'Table of contents');
    await expect(reader.tocTitle).toHaveText('Contents');
    await expect(reader.languageSwitch).toHaveAttribute('aria-label', 'Interface language');
    await expect(reader.citations.first()).toHaveAttribute('title', /the reference list is not included/);
    await expect(reader.citationNeeded).toHaveText('citation needed');
    // The article itself stays Thai.
    await expect(reader.readyArticle).toHaveAttribute('lang', 'th');

    // Stored by the main process, not in the page.
    const stored = await request.post('/api/getSettings', { data: { args: [] } });
    expect(await stored.json()).toEqual({ ok: true, value: { ...defaultSettings, language: 'en' } });
    expect(await reader.page.evaluate<number>('localStorage.length')).toBe(0);

    await reader.reload();
    await expect(reader.toc).toHaveAttribute('aria-label', 'Table of contents');
    await expect(reader.tocTitle).toHaveText('Contents');
    await expect(reader.languageButton('en')).toHaveAttribute('aria-pressed', 'true');

    await reader.switchLanguage('th');
    await expect(reader.toc).toHaveAttribute('aria-label', 'สารบัญ');
  });
});
