import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../../renderer/features/bookmarks/files';

describe('exportFileName', () => {
  it('dates the file and gives it the format’s extension', () => {
    expect(exportFileName('json', new Date(2025, 0, 9))).toBe('aksorn-bookmarks-2025-01-09.json');
    expect(exportFileName('markdown', new Date(2025, 11, 31))).toBe('aksorn-bookmarks-2025-12-31.md');
  });
});
