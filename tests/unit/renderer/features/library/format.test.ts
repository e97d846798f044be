import { describe, expect, it } from 'vitest';
import { countText, formatCount, formatDuration, formatPercent, formatRate, formatSize } from '../../../../../renderer/features/library/format';
import { en } from '../../../../../renderer/i18n/en';
import { th } from '../../../../../renderer/i18n/th';
import { translator } from '../../../../../renderer/i18n/translate';

describe('formatSize', () => {
  it('reads bytes in kB under a megabyte, with one decimal below ten', () => {
    expect(formatSize(12_345, 'en')).toBe('12 kB');
    expect(formatSize(1_500, 'en')).toBe('1.5 kB');
  });

  it('reads anything under a kilobyte in kB too, and nothing as 0 kB', () => {
    expect(formatSize(300, 'en')).toBe('0.3 kB');
    expect(formatSize(0, 'en')).toBe('0 kB');
  });

  it('moves to MB and GB with decimal units', () => {
    expect(formatSize(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatSize(345_000_000, 'en')).toBe('345 MB');
    expect(formatSize(1_200_000_000, 'en')).toBe('1.2 GB');
  });

  it('groups digits and writes the unit in the UI language', () => {
    const thai = formatSize(12_345, 'th');
    expect(thai).toContain('12');
    expect(thai).toBe(new Intl.NumberFormat('th', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(12.345));
  });
});

describe('formatCount and countText', () => {
  it('groups thousands', () => {
    expect(formatCount(170_000, 'en')).toBe('170,000');
    expect(formatCount(170_000, 'th')).toBe('170,000');
  });

  it('says one article in the singular and more in the plural', () => {
    const t = translator(en);
    expect(countText(t, 'libraryCountOne', 'libraryCount', 1, 'en')).toBe('1 article');
    expect(countText(t, 'libraryCountOne', 'libraryCount', 12, 'en')).toBe('12 articles');
    expect(countText(t, 'libraryCountOne', 'libraryCount', 0, 'en')).toBe('0 articles');
    expect(countText(translator(th), 'libraryCountOne', 'libraryCount', 1_200, 'th')).toBe('1,200 บทความ');
  });
});

describe('formatRate', () => {
  it('keeps one decimal for slow rates and none for fast ones', () => {
    expect(formatRate(7.46, 'en')).toBe('7.5');
    expect(formatRate(1_240.4, 'en')).toBe('1,240');
  });
});

describe('formatPercent', () => {
  it('rounds down, so 100% is only the end', () => {
    expect(formatPercent(0.429, 'en')).toBe('42%');
    expect(formatPercent(0.999, 'en')).toBe('99%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });

  it('clamps fractions outside 0..1', () => {
    expect(formatPercent(-0.2, 'en')).toBe('0%');
    expect(formatPercent(1.7, 'en')).toBe('100%');
  });
});

describe('formatDuration', () => {
  it('says seconds under a minute, in steps of five and at least five', () => {
    expect(formatDuration(0.4, 'en')).toBe('5 seconds');
    expect(formatDuration(12, 'en')).toBe('15 seconds');
    expect(formatDuration(55, 'en')).toBe('55 seconds');
    expect(formatDuration(57, 'en')).toBe('1 minute');
  });

  it('says whole minutes, rounded up, under an hour', () => {
    expect(formatDuration(61, 'en')).toBe('2 minutes');
    expect(formatDuration(60, 'en')).toBe('1 minute');
    expect(formatDuration(58 * 60, 'en')).toBe('58 minutes');
    expect(formatDuration(3541, 'en')).toBe('1 hour');
    expect(formatDuration(3599, 'en')).toBe('1 hour');
  });

  it('says hours and minutes past an hour', () => {
    expect(formatDuration(3_900, 'en')).toBe('1 hour 5 minutes');
    expect(formatDuration(7_200, 'en')).toBe('2 hours');
    expect(formatDuration(7_190, 'en')).toBe('2 hours');
  });

  it('speaks Thai in the Thai UI', () => {
    expect(formatDuration(3_900, 'th')).toBe('1 ชั่วโมง 5 นาที');
    expect(formatDuration(120, 'th')).toBe('2 นาที');
  });
});
