import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../../renderer/features/bookmarks/files';
import { isBookmarkShortcut } from '../../../../../renderer/features/bookmarks/shortcut';

const press = (key: string, code: string, more: Partial<Parameters<typeof isBookmarkShortcut>[0]> = {}) => ({
  key,
  code,
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: null,
  ...more,
});

describe('isBookmarkShortcut', () => {
  it('takes Ctrl+D and Cmd+D, on a Thai layout too', () => {
    expect(isBookmarkShortcut(press('d', 'KeyD'))).toBe(true);
    expect(isBookmarkShortcut(press('d', 'KeyD', { ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isBookmarkShortcut(press('ก', 'KeyD'))).toBe(true);
  });

  it('leaves other chords, plain D and text fields alone', () => {
    expect(isBookmarkShortcut(press('d', 'KeyD', { shiftKey: true }))).toBe(false);
    expect(isBookmarkShortcut(press('d', 'KeyD', { ctrlKey: false }))).toBe(false);
    expect(isBookmarkShortcut(press('f', 'KeyF'))).toBe(false);
    expect(isBookmarkShortcut(press('d', 'KeyD', { target: { tagName: 'INPUT' } as unknown as EventTarget }))).toBe(false);
  });
});

describe('exportFileName', () => {
  it('dates the file and gives it the format’s extension', () => {
    expect(exportFileName('json', new Date(2025, 0, 9))).toBe('aksorn-bookmarks-2025-01-09.json');
    expect(exportFileName('markdown', new Date(2025, 11, 31))).toBe('aksorn-bookmarks-2025-12-31.md');
  });
});
