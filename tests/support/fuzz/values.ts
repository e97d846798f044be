/**
 * Hostile values for the API fuzz: strings with the characters that break
 * messages and stores (NUL, lone surrogates, bidi controls, line separators),
 * numbers at the edges, prototype-pollution keys, deep nesting. `jsonJunk`
 * can cross HTTP; `cloneJunk` is what only IPC's structured clone can carry
 * (undefined, NaN, BigInt, Date, Map, sparse arrays…).
 */
import fc from 'fast-check';

/** Characters that are each a known trouble-maker. */
export const nastyChars = [
  '\u0000', '\n', '\r', '\t', '\u0085', '\u2028', '\u2029', // NUL and line breaks
  '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', // bidi controls
  '\ud800', '\udfff', '\ufeff', '\u200b', '\uffff', // lone surrogates, BOM, zero width, non-character
  '"', "'", '\\', '`', '<', '&', '%', '$', '{', '}', '.', '[', ']', '/', '?', '#', ' ',
  'ก', '่', 'ำ', '๒', 'é', '😀', // Thai, marks, a Thai digit, a composed letter, an astral character
] as const;

/** Keys that try to reach an object's prototype, or name a JavaScript built-in. */
export const nastyKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', ''] as const;

/** Numbers at the edges JSON can carry. */
export const edgeNumbers = [0, -0, 1, -1, 0.5, 1e-7, 1e308, -1e308, 5e-324, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1.4, 2.4, 14, 28, 13.999, 28.001] as const;

/** Short strings, often with nasty characters in them. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...nastyChars), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...nastyChars), fc.string({ minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 20 }),
  fc.constantFrom(...nastyKeys, 'undefined', 'null', 'NaN', '[object Object]', 'lead', '1e308', '-0'),
);

/** Strings just past the limits the contract declares (built once; reused by reference). */
export function longStrings(lengths: readonly number[]): fc.Arbitrary<string> {
  const made = lengths.map((length) => 'ก'.repeat(length));
  return fc.constantFrom(...made);
}

/** One string of `length` ASCII characters, made when first drawn and then reused (for limits in megabytes). */
export function hugeText(length: number): fc.Arbitrary<string> {
  let made: string | undefined;
  return fc.constant(null).map(() => (made ??= 'x'.repeat(length)));
}

/** An object key: mostly ordinary, often hostile. */
export const nastyKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...nastyKeys), nastyString, fc.string({ maxLength: 6 }));

/** A number JSON can carry, biased to the edges. */
export const jsonNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...edgeNumbers),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** `[[[…]]]` or `{"a":{"a":…}}` nested `depth` deep: deep nesting without a deep arbitrary. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 1500 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

/** Any JSON value, with hostile strings, keys and numbers. */
export const jsonJunk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 6,
    arbitrary: fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        nastyString,
        jsonNumber,
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(nastyKey, tie('value'), { maxKeys: 4 }),
      ),
    })).value,
  },
  { weight: 1, arbitrary: deepNesting },
);

/** Values structured clone carries and JSON does not: what only the Electron transport can receive. */
export const cloneJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 10n, new Date(Number.NaN)),
  fc.anything({
    maxDepth: 3,
    maxKeys: 4,
    key: nastyKey,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
);
