import { describe, expect, it } from 'vitest';
import { typographyLimits } from '../../../../../common/settings';
import { defaultSettings } from '../../../../../common/settings';
import { resolveTheme, typographyVariables } from '../../../../../renderer/features/settings/appearance';

describe('resolveTheme', () => {
  it('follows the system only for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('typographyVariables', () => {
  it('carries each setting with its unit', () => {
    expect(typographyVariables({ ...defaultSettings, fontFamily: 'noto-serif-thai' })).toEqual({
      '--reading-font-size': '19px',
      '--reading-line-height': '1.9',
      '--reading-page-width': '40em',
      '--reading-font-family': 'var(--font-serif)',
    });
  });

  it('has defaults inside the limits', () => {
    for (const key of ['fontSize', 'lineHeight', 'pageWidth'] as const) {
      expect(defaultSettings[key]).toBeGreaterThanOrEqual(typographyLimits[key].min);
      expect(defaultSettings[key]).toBeLessThanOrEqual(typographyLimits[key].max);
    }
  });
});
