import { addressOf, articlePlace, placeOf } from '../../common/address';
import { expect, seed, test } from './fixtures';

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the link to a section and confirms it', async ({ reader, baseURL }) => {
    const id = await reader.sectionId('อิหร่าน');
    await reader.copyLink('อิหร่าน');
    await expect(reader.copyConfirmation('อิหร่าน')).toHaveText('คัดลอกลิงก์แล้ว');
    const link = await reader.readClipboard();
    expect(link).toBe(`${baseURL}/${addressOf(articlePlace(seed.id, id))}`);
  });

  test('shows the link to copy by hand when the clipboard refuses', async ({ readerPage }) => {
    await readerPage.page.addInitScript('navigator.clipboard.writeText = () => Promise.reject(new Error("denied"))');
    await readerPage.open();
    const id = await readerPage.sectionId('คาซัคสถาน');
    await readerPage.copyLink('คาซัคสถาน');
    const field = readerPage.copyFallbackField('คาซัคสถาน');
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    expect(placeOf(new URL(await field.inputValue()).hash)).toEqual(articlePlace(seed.id, id));
  });
});
