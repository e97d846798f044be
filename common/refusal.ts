/**
 * Turns a schema's refusal into one plain sentence that names the argument and
 * the field: "bookmark.paragraph must be a whole number from 0 to 1000000, got
 * the number -1". The rules' own words come from common/fields.ts.
 */
import type { z } from 'zod';

/** The sentence for the first thing wrong with `name`'s value. */
export function describeRefusal(name: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${name} is not valid`;
  const place = (keys: readonly PropertyKey[]) =>
    name + keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  const where = place(issue.path);
  const input = (issue as { input?: unknown }).input;
  // A field with no value at all is missing, whatever its rule.
  if (input === undefined && issue.path.length > 0 && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return `${place(issue.path.slice(0, -1))} lacks the field ${quote(String(issue.path.at(-1)))}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'object') return `${where} must be an object, got ${describeValue(input)}`;
      if (issue.expected === 'array') return `${where} must be an array, got ${describeValue(input)}`;
      if (issue.expected === 'string') return `${where} must be a string, got ${describeValue(input)}`;
      return `${where} ${issue.message}, got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `${where} has an unknown field ${quote(String(issue.keys[0]))}`;
    case 'too_big':
    case 'too_small':
      // Strings and arrays say their limit; numbers say their range and what came.
      return issue.origin === 'number' || issue.origin === 'int'
        ? `${where} ${issue.message}, got ${describeValue(input)}`
        : `${where} ${issue.message}`;
    case 'invalid_value':
    case 'invalid_format':
      return `${where} ${issue.message}, got ${describeValue(input)}`;
    default:
      return `${where} ${issue.message}`;
  }
}

/** A short, safe description of a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  // Only structured clone (Electron IPC) carries undefined; "got undefined" reads like a bug in the message.
  if (value === undefined) return 'no value';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : quote(value);
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}

// Line breaks, other controls and bidi marks: in a message they would break the line or reorder what it says.
// eslint-disable-next-line no-control-regex
const unsafeInMessage = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text the caller sent, quoted for a message on one line: JSON-escaped (lone
 * surrogates too), with the characters that would break or reorder the line
 * escaped as well, and cut after `max` characters.
 */
export function quote(text: string, max = 60): string {
  let cut = text.length > max ? text.slice(0, max) : text;
  // Never cut a surrogate pair in two.
  if (cut.length < text.length && /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const quoted = JSON.stringify(cut.length < text.length ? `${cut}…` : cut);
  return quoted.replace(unsafeInMessage, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
