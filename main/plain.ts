/**
 * Arguments as JSON data, whichever transport brought them. Electron IPC
 * carries all that structured clone can (undefined, BigInt, Date, Map, typed
 * arrays…), HTTP only JSON; the contract's schemas are written for JSON, and
 * zod fails inside on some of the rest (a typed array under `.readonly()`
 * throws instead of refusing), so every argument becomes plain data first.
 */
import { ApiError } from '../common/envelope.js';
import { quote } from '../common/refusal.js';

/** Deeper than any argument of the contract, shallow enough to walk without running out of stack. */
const maxDepth = 64;

/**
 * A copy of `value` as JSON would carry it: a field set to undefined is left
 * out (as JSON.stringify leaves it out). Anything else JSON cannot say is a
 * `bad-request` that names where it is; numbers and undefined elements are
 * left for the schemas to judge.
 */
export function asPlainData(name: string, value: unknown): unknown {
  return plain(value, name, []);
}

type Path = readonly (string | number)[];

function plain(value: unknown, name: string, path: Path): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') refuse(name, path, `a ${typeof value}`);
    return value;
  }
  if (path.length >= maxDepth) throw new ApiError('bad-request', `${name} is nested more than ${maxDepth} levels deep`);
  if (Array.isArray(value)) return Array.from(value, (item, i) => plain(item, name, [...path, i]));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) refuse(name, path, `a ${Object.prototype.toString.call(value).slice(8, -1)}`);
  // Object.fromEntries defines own fields, so a "__proto__" key stays a field and never becomes a prototype.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, plain(item, name, [...path, key])]),
  );
}

function refuse(name: string, path: Path, got: string): never {
  // The place as describeRefusal writes it; odd keys quoted, a long path cut.
  const steps = path.slice(0, 8).map((key) => (typeof key === 'number' ? `[${key}]` : /^[\p{L}\p{N}_$]+$/u.test(key) ? `.${key}` : `[${quote(key, 30)}]`));
  const where = `${name}${steps.join('')}${path.length > 8 ? '…' : ''}`;
  throw new ApiError('bad-request', `${where} must be JSON data (text, numbers, true/false, null, lists and objects), got ${got}`);
}
