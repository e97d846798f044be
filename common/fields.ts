/**
 * The field kinds the contract is built from. Each states, in its error, the
 * rule it enforces, so that a refused call says why in plain words (see
 * common/refusal.ts for how an issue becomes a message).
 */
import { z } from 'zod';
import { limits } from './limits.js';

/** A string of 0..max characters. */
export function anyText(max: number) {
  return z.string().max(max, { error: `is longer than ${max} characters` });
}

/** A string of 1..max characters. */
export function text(max: number) {
  return anyText(max).min(1, { error: 'must not be empty' });
}

/** A whole number from min to max. */
export function wholeNumber(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** A number from min to max (fractions allowed). */
export function numberBetween(min: number, max: number) {
  const error = `must be a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** One of a fixed set of strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}` });
}

/** A date-time as ISO 8601 text (what Date#toISOString writes). */
export const isoDate = z.iso.datetime({ error: 'must be an ISO 8601 date-time' });

/** Article, section and bookmark ids. */
export const idSchema = text(limits.id);
