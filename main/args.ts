/**
 * Runtime checks for API arguments. The renderer is untrusted, so every
 * handler states the shape it accepts and a bad call gets a clear message.
 */
import { ApiError } from './contract.js';

/** Checks one argument and answers it typed, or throws a `bad-request` ApiError. */
export type ArgCheck<T> = (value: unknown, name: string) => T;

function bad(message: string): never {
  throw new ApiError('bad-request', message);
}

/** A string of 0..maxLength characters. */
export function string(maxLength: number): ArgCheck<string> {
  return (value, name) => {
    if (typeof value !== 'string') bad(`${name} must be a string, got ${describe(value)}`);
    if (value.length > maxLength) bad(`${name} is longer than ${maxLength} characters`);
    return value;
  };
}

/** A string of 1..maxLength characters. */
export function text(maxLength: number): ArgCheck<string> {
  const anyString = string(maxLength);
  return (value, name) => {
    const checked = anyString(value, name);
    if (checked.length === 0) bad(`${name} must not be empty`);
    return checked;
  };
}

/** A whole number from min to max. */
export function wholeNumber(min: number, max: number): ArgCheck<number> {
  return (value, name) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      bad(`${name} must be a whole number from ${min} to ${max}, got ${describe(value)}`);
    }
    return value;
  };
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(allowed: readonly T[]): ArgCheck<T> {
  return (value, name) => {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      bad(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
    }
    return value as T;
  };
}

/** Exactly this value. */
export function literal<T extends string | number>(expected: T): ArgCheck<T> {
  return (value, name) => {
    if (value !== expected) bad(`${name} must be ${JSON.stringify(expected)}, got ${describe(value)}`);
    return expected;
  };
}

/** A number from min to max (fractions allowed). */
export function numberBetween(min: number, max: number): ArgCheck<number> {
  return (value, name) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      bad(`${name} must be a number from ${min} to ${max}, got ${describe(value)}`);
    }
    return value;
  };
}

/** A date-time as ISO 8601 text (what Date#toISOString writes). */
export const isoDate: ArgCheck<string> = (value, name) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    bad(`${name} must be an ISO 8601 date-time, got ${describe(value)}`);
  }
  return value;
};

/** null, or what `check` accepts. */
export function nullable<T>(check: ArgCheck<T>): ArgCheck<T | null> {
  return (value, name) => (value === null ? null : check(value, name));
}

/** A plain object with exactly these keys. */
export function record<T extends object>(fields: { readonly [K in keyof T]-?: ArgCheck<T[K]> }): ArgCheck<T> {
  const optional = partialRecord<T>(fields);
  return (value, name) => {
    const checked = optional(value, name);
    for (const key of Object.keys(fields)) {
      if (!Object.prototype.hasOwnProperty.call(checked, key)) bad(`${name} lacks the field "${key}"`);
    }
    return checked as T;
  };
}

/** An array of at most maxLength items, each checked. */
export function arrayOf<T>(check: ArgCheck<T>, maxLength: number): ArgCheck<T[]> {
  return (value, name) => {
    if (!Array.isArray(value)) bad(`${name} must be an array, got ${describe(value)}`);
    if (value.length > maxLength) bad(`${name} has more than ${maxLength} items`);
    return value.map((item, i) => check(item, `${name}[${i}]`));
  };
}

/**
 * A plain object whose keys are all optional and all known; extra keys are
 * refused so that a typo in the renderer is not silently ignored.
 */
export function partialRecord<T extends object>(fields: { readonly [K in keyof T]-?: ArgCheck<T[K]> }): ArgCheck<Partial<T>> {
  return (value, name) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad(`${name} must be an object, got ${describe(value)}`);
    }
    const result: Partial<T> = {};
    for (const [key, field] of Object.entries(value)) {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) bad(`${name} has an unknown field "${key}"`);
      const check = fields[key as keyof T];
      result[key as keyof T] = check(field, `${name}.${key}`);
    }
    return result;
  };
}

/** Checks a whole argument list against one check per position. */
export function checkArgs<A extends unknown[]>(
  args: unknown,
  checks: { readonly [I in keyof A]: readonly [name: string, check: ArgCheck<A[I]>] },
): A {
  if (!Array.isArray(args)) bad('arguments must be an array');
  const expected = checks as unknown as readonly (readonly [string, ArgCheck<unknown>])[];
  if (args.length !== expected.length) {
    bad(`expected ${expected.length} argument(s), got ${args.length}`);
  }
  return expected.map(([name, check], i) => check(args[i], name)) as A;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value);
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}
