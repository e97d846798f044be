/**
 * The fuzz's properties, as plain functions that answer what is wrong (an
 * empty list: nothing). An answer's envelope, its refusal message, and the
 * store file after a call are each judged here.
 */
import { z } from 'zod';
import { readerApi, isReaderApiMethod } from '../../../common/api.js';
import { bookmarkListSchema } from '../../../common/bookmarks.js';
import { refusalReasonSchema, type ApiErrorCode } from '../../../common/envelope.js';
import { settingsSchema } from '../../../common/settings.js';
import { persistedDefaults, storedPositionSchema, storeVersion } from '../../../main/store/schema.js';

/** The codes a refusal may carry: every code of the contract but `internal`. */
export const refusalCodes: readonly ApiErrorCode[] = ['bad-request', 'not-found', 'unknown-method'];

/** The status browser mode answers each code with. */
export const statusOfCode: Readonly<Record<ApiErrorCode, number>> = {
  'bad-request': 400,
  'not-found': 404,
  'read-only': 409,
  'unknown-method': 404,
  internal: 500,
};

/**
 * The persisted state's shape, strict (World.snapshot): the settings file's
 * keys (checked against main/store/schema.ts's defaults below, so a new key
 * cannot go unchecked) at the current version, and the database's bookmarks
 * and reading positions.
 */
export const storeFileSchema = z.strictObject({
  version: z.literal(storeVersion),
  settings: settingsSchema,
  bookmarks: bookmarkListSchema,
  readingPositions: z.record(z.string(), storedPositionSchema),
});
const checkedKeys = Object.keys(storeFileSchema.shape).sort().join();
const storedKeys = [...Object.keys(persistedDefaults), 'bookmarks', 'readingPositions'].sort().join();
if (checkedKeys !== storedKeys) throw new Error(`the fuzz checks the keys ${checkedKeys}; Aksorn keeps ${storedKeys}`);

/** What is wrong with the store file's text: it must parse, validate, and hold each bookmark id once. */
export function storeProblems(text: string): string[] {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return [`the store file is not JSON: ${JSON.stringify(text.slice(0, 80))}`];
  }
  const checked = storeFileSchema.safeParse(state);
  if (!checked.success) return [`the store file does not validate: ${z.prettifyError(checked.error).split('\n').slice(0, 4).join(' ')}`];
  const ids = checked.data.bookmarks.map((b) => b.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  return twice.length > 0 ? [`the store holds bookmark ids twice: ${JSON.stringify([...new Set(twice)].slice(0, 3))}`] : [];
}

/** Characters a one-line, readable message must not hold: controls, line and paragraph separators, bidi controls. */
// eslint-disable-next-line no-control-regex
const unreadable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The words a message may name an argument by: its name and the fields of an object argument; the method's, for one that takes none. */
function argumentWords(method: string): string[] {
  if (!isReaderApiMethod(method)) return [];
  const { args } = readerApi[method];
  return args.length === 0 ? [method] : args.flatMap(([name, schema]) => [name, ...fieldsOf(schema)]);
}

function fieldsOf(schema: z.ZodType): string[] {
  let inner: unknown = schema;
  while (inner instanceof z.ZodReadonly || inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap();
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** Whose refusal: the API's (it must name the argument) or the transport's (the body, a header). */
export interface RefusalScope {
  readonly method: string;
  readonly code: string;
  readonly reason: unknown;
  readonly byTransport?: boolean;
  /** The field names the call sent: a message may name them in a path (`place.undefined`). */
  readonly sent?: ReadonlySet<string>;
}

/**
 * What is wrong with a refusal's message: it must be one readable line, say
 * no "undefined" or "[object Object]" of its own, carry no stack trace, and
 * — for the API's own refusals — name the argument (or a field of it; the
 * method when it takes none), say "method" for an unknown one. Quoted values ("…")
 * and the caller's own field names in a path are the caller's words, and exempt.
 */
export function messageProblems(message: unknown, { method, code, reason, byTransport = false, sent = new Set() }: RefusalScope): string[] {
  if (typeof message !== 'string' || message.trim() === '') return [`the message is empty: ${JSON.stringify(message)}`];
  const problems: string[] = [];
  if (unreadable.test(message)) problems.push('the message holds a control, line-break or bidi character');
  if (loneSurrogate.test(message)) problems.push('the message holds a lone surrogate');
  if (message.length > 400) problems.push(`the message is ${message.length} characters long`);
  const own = message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\.([\p{L}\p{N}_$]+)/gu, (step, key: string) => (sent.has(key) ? '.…' : step));
  for (const word of ['undefined', '[object Object]', 'Error:']) {
    if (own.includes(word)) problems.push(`the message says ${JSON.stringify(word)}`);
  }
  if (/\bat .*:\d+:\d+/.test(own) || /\.(?:ts|js):\d+/.test(own)) problems.push('the message holds a stack trace');
  if (byTransport) return problems;
  if (code === 'unknown-method') {
    if (!own.includes('method')) problems.push('an unknown-method refusal does not say "method"');
  } else if (reason === undefined) {
    const words = argumentWords(method);
    if (!words.some((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}_])${word}(?:$|[^\\p{L}\\p{N}_])`, 'u').test(own))) {
      problems.push(`the message names none of ${JSON.stringify(words)}`);
    }
  }
  return problems;
}

/** Every field name in a value, as far down as a message could name it. */
export function fieldNames(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (typeof value !== 'object' || value === null || depth > 8) return into;
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(value)) into.add(key);
    fieldNames(item, into, depth + 1);
  }
  return into;
}

/** What is wrong with an answer (the envelope, as it arrived); `sent` as for messageProblems. */
export function envelopeProblems(method: string, envelope: unknown, byTransport = false, sent?: ReadonlySet<string>): string[] {
  if (typeof envelope !== 'object' || envelope === null) return [`the answer is not an envelope: ${JSON.stringify(envelope)}`];
  const answer = envelope as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown; reason?: unknown } };
  if (answer.ok === true) {
    if (!isReaderApiMethod(method)) return ['an unknown method was answered ok'];
    const checked = readerApi[method].result.safeParse(answer.value);
    return checked.success ? [] : [`the result does not validate: ${z.prettifyError(checked.error).split('\n').slice(0, 4).join(' ')}`];
  }
  if (answer.ok !== false || typeof answer.error !== 'object' || answer.error === null) return ['the answer is neither ok nor an error'];
  const { code, message, reason } = answer.error;
  const problems: string[] = [];
  if (code === 'internal') problems.push(`an internal error: ${String(message)}`);
  else if (!refusalCodes.includes(code as ApiErrorCode)) problems.push(`the code ${JSON.stringify(code)} is not in the contract`);
  if (reason !== undefined && !refusalReasonSchema.safeParse(reason).success) problems.push(`the reason does not validate: ${JSON.stringify(reason)}`);
  return [...problems, ...messageProblems(message, { method, code: String(code), reason, byTransport, ...(sent ? { sent } : {}) })];
}
