import { describe, expect, it } from 'vitest';
import { checkArgs, oneOf, partialRecord, text } from '../../main/args.js';
import { ApiError } from '../../main/contract.js';

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkArgs', () => {
  it('answers the checked arguments in order', () => {
    expect(checkArgs<[string, 'a' | 'b']>(['x', 'b'], [['id', text(5)], ['kind', oneOf(['a', 'b'] as const)]])).toEqual(['x', 'b']);
  });

  it('refuses a non-array, too few and too many arguments', () => {
    expect(refusal(() => checkArgs<[]>({}, [])).message).toBe('arguments must be an array');
    expect(refusal(() => checkArgs<[string]>([], [['id', text(5)]])).message).toBe('expected 1 argument(s), got 0');
    expect(refusal(() => checkArgs<[]>([1], [])).message).toBe('expected 0 argument(s), got 1');
  });
});

describe('text', () => {
  it('refuses non-strings, empty and overlong strings with a bad-request naming the argument', () => {
    const check = text(3);
    const error = refusal(() => check(42, 'id'));
    expect(error.code).toBe('bad-request');
    expect(error.message).toBe('id must be a string, got the number 42');
    expect(refusal(() => check('', 'id')).message).toBe('id must not be empty');
    expect(refusal(() => check('abcd', 'id')).message).toBe('id is longer than 3 characters');
    expect(refusal(() => check(null, 'id')).message).toBe('id must be a string, got null');
  });
});

describe('oneOf', () => {
  it('accepts only the listed strings', () => {
    const check = oneOf(['th', 'en'] as const);
    expect(check('en', 'language')).toBe('en');
    expect(refusal(() => check('fr', 'language')).message).toBe('language must be one of "th", "en", got "fr"');
    expect(refusal(() => check(['th'], 'language')).message).toContain('got an array');
  });
});

describe('partialRecord', () => {
  const check = partialRecord<{ language: 'th' | 'en' }>({ language: oneOf(['th', 'en'] as const) });

  it('accepts an empty object and known fields', () => {
    expect(check({}, 'settings')).toEqual({});
    expect(check({ language: 'th' }, 'settings')).toEqual({ language: 'th' });
  });

  it('refuses unknown fields, bad field values and non-objects', () => {
    expect(refusal(() => check({ langauge: 'th' }, 'settings')).message).toBe('settings has an unknown field "langauge"');
    expect(refusal(() => check({ language: 1 }, 'settings')).message).toContain('settings.language must be one of');
    expect(refusal(() => check([], 'settings')).message).toBe('settings must be an object, got an array');
    expect(refusal(() => check(null, 'settings')).message).toBe('settings must be an object, got null');
  });

  it('ignores an inherited __proto__ trick: only own keys are read', () => {
    const hostile = JSON.parse('{"__proto__": {"language": "en"}}') as unknown;
    expect(refusal(() => check(hostile, 'settings')).message).toBe('settings has an unknown field "__proto__"');
  });
});
