/** Numbers as the library panel shows them: counts, file sizes, rates and durations, in the UI language. */
import type { Language } from '../../../common/settings';
import type { MessageKey } from '../../i18n/th';
import type { Translate } from '../../i18n/translate';

// Formatters are built once per language and option set: a page of the library formats hundreds of rows.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    cache.set(key, format);
  }
  return format;
}

/** A whole count with the language's grouping ("170,000"). */
export function formatCount(count: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(count);
}

const sizeUnits = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const;

/**
 * Bytes in kB, MB or GB (decimal units, as file managers show them), one
 * decimal below ten units and none above; anything under 1 kB still reads in
 * kB, since the panel lists articles, not bytes.
 */
export function formatSize(bytes: number, language: Language): string {
  const size = Math.max(0, bytes);
  const { unit, bytes: per } = sizeUnits.find((candidate) => size >= candidate.bytes) ?? sizeUnits[2];
  const value = size / per;
  const digits = value < 10 ? 1 : 0;
  return numberFormat(language, { style: 'unit', unit, maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A rate with one decimal below ten, whole above ("7.5", "1,240"). */
export function formatRate(perSecond: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: perSecond < 10 ? 1 : 0 }).format(perSecond);
}

/** A fraction as a whole percentage, rounded down so that 100% means done ("42%"). */
export function formatPercent(fraction: number, language: Language): string {
  const clamped = Math.min(Math.max(fraction, 0), 1);
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0, roundingMode: 'floor' }).format(clamped);
}

/**
 * A time still to wait, coarse as an estimate should be: seconds under a
 * minute (in steps of five), minutes under an hour, then hours and minutes.
 */
export function formatDuration(seconds: number, language: Language): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    numberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const total = Math.max(0, Math.round(seconds));
  const secondsUp = Math.max(5, Math.ceil(total / 5) * 5);
  if (secondsUp < 60) return unit(secondsUp, 'second');
  const minutesUp = Math.ceil(total / 60);
  if (minutesUp < 60) return unit(minutesUp, 'minute');
  const inMinutes = Math.max(60, Math.round(total / 60));
  const hours = Math.floor(inMinutes / 60);
  const minutes = inMinutes % 60;
  if (minutes === 0) return unit(hours, 'hour');
  return new Intl.ListFormat(language, { type: 'unit', style: 'narrow' }).format([unit(hours, 'hour'), unit(minutes, 'minute')]);
}

/** "1 article" or "12 articles": the message for exactly one, else the other with the count formatted. */
export function countText(t: Translate, one: MessageKey, many: MessageKey, count: number, language: Language): string {
  return count === 1 ? t(one) : t(many, { count: formatCount(count, language) });
}
