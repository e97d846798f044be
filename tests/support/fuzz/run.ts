/**
 * The API fuzz shared by tests/unit/fuzz/api.test.ts and scripts/fuzz.ts:
 * runs sequences of calls through the table and through HTTP, each from the
 * default state, and after every call checks the answer, its message and the
 * store file (valid; byte for byte unchanged by a refusal or a read). Answers
 * per-method figures and, on failure, the shrunk counterexample with the seed
 * and path that replay it.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { isReaderApiMethod, readerApiMethods, type ReaderApiMethod } from '../../../common/api.js';
import type { Bookmark } from '../../../common/bookmarks.js';
import { Ref, resolveRefs, sequenceArbitrary, type Call, type RawRequest } from './calls.js';
import { envelopeProblems, fieldNames, statusOfCode, storeProblems } from './checks.js';
import { httpTransport, maxBodyBytes, tableTransport, type Answer, type Transport } from './transports.js';
import { createWorld, fuzzArticles, type World } from './world.js';

export interface FuzzOptions {
  /** Sequences of calls to run (fast-check runs). */
  readonly runs: number;
  readonly seed: number;
  /** fast-check's replay path of a failure (with its seed). */
  readonly path?: string;
  /** Calls in a sequence at most, after up to three that set state up. */
  readonly maxCalls?: number;
  /** A fresh folder for the two stores and the server's renderer. */
  readonly dir: string;
  readonly onProgress?: (figures: FuzzFigures) => void;
  /** Survey: go on after a failure and tally the kinds of problem instead (no shrinking, no replay). */
  readonly keepGoing?: boolean;
}

export interface Tally {
  accepted: number;
  refused: number;
  failed: number;
}

export interface FuzzFigures {
  readonly seed: number;
  runs: number;
  calls: number;
  readonly byTransport: Record<'table' | 'http', number>;
  /** By method; "(unknown method)" and "(raw HTTP)" for the rest. */
  readonly byMethod: Map<string, Tally>;
  ms: number;
  failure?: FuzzFailure;
  /** With `keepGoing`: each kind of problem (values blanked), how often, and the first call that showed it. */
  readonly problems: Map<string, { count: number; example: string }>;
}

export interface FuzzFailure {
  /** What failed, with the calls of the shrunk sequence as they were made. */
  readonly report: string;
  readonly seed: number;
  readonly path: string;
}

/** A sequence of calls through one transport. */
interface Case {
  readonly transport: 'table' | 'http';
  readonly calls: readonly Call[];
}

/** Methods that only read: an accepted call leaves the file as it was, too. */
const reads: ReadonlySet<ReaderApiMethod> = new Set([
  'listArticles', 'getArticle', 'resolveTitles', 'listImports', 'search', 'findArticles', 'getSettings', 'listBookmarks', 'exportBookmarks', 'getReadingPosition', 'getLastReadingPosition', 'getNotices',
]);

/** Longest an answer may take: a call that hangs is a failure, not a stuck run. */
const answerTimeoutMs = 20_000;

class PropertyFailure extends Error {}

export async function runFuzz({ runs, seed, path, maxCalls = 8, dir, onProgress, keepGoing = false }: FuzzOptions): Promise<FuzzFigures> {
  const articles = fuzzArticles();
  const worlds: Record<'table' | 'http', World> = {
    table: createWorld(join(dir, 'table'), articles),
    http: createWorld(join(dir, 'http'), articles),
  };
  const http = await httpTransport(worlds.http.api, dir);
  const transports: Record<'table' | 'http', Transport> = { table: tableTransport(worlds.table.api), http };
  const figures: FuzzFigures = {
    seed,
    runs: 0,
    calls: 0,
    byTransport: { table: 0, http: 0 },
    byMethod: new Map([...readerApiMethods, '(unknown method)', '(raw HTTP)'].map((m) => [m, { accepted: 0, refused: 0, failed: 0 }])),
    ms: 0,
    problems: new Map(),
  };
  // Figures count the run as generated; shrinking after a failure re-runs cases and is not counted.
  let counting = true;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const caseOf = (transport: 'table' | 'http') =>
    sequenceArbitrary({ articles, transport, oversize: maxBodyBytes, maxCalls }).map((calls): Case => ({ transport, calls }));

  const property = fc.asyncProperty(fc.oneof(caseOf('table'), caseOf('http')), async ({ transport, calls }) => {
    const world = worlds[transport];
    world.reset();
    const removed: (readonly Bookmark[])[] = [];
    const made: string[] = [];
    for (const call of calls) {
      const before = world.snapshot();
      const stored = (JSON.parse(before.toString('utf8')) as { bookmarks: Bookmark[] }).bookmarks;
      const args = call.kind === 'api' ? resolveRefs(call.args, { bookmarks: stored, removed }) : undefined;
      made.push(describeCall(transport, call, args));
      const answer = await withTimeout(call.kind === 'raw' ? http.raw(call) : transports[transport].call(call.method, args));
      const after = world.snapshot();
      const verdict = judge(transport, call, args, answer, before, after);
      if (crashes.length > 0) verdict.problems.push(`the process had an uncaught error: ${String(crashes.splice(0)[0])}`);
      if (counting) {
        const tally = figures.byMethod.get(labelOf(call)) as Tally;
        if (verdict.problems.length > 0) tally.failed++;
        else tally[verdict.accepted ? 'accepted' : 'refused']++;
        figures.calls++;
        figures.byTransport[transport]++;
      }
      if (verdict.problems.length > 0 && keepGoing) {
        for (const problem of verdict.problems) {
          const kind = problem.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, 'N');
          const seen = figures.problems.get(kind);
          if (seen) seen.count++;
          else figures.problems.set(kind, { count: 1, example: `${made.at(-1) ?? ''}\n    answer: ${answer.status ?? ''} ${JSON.stringify(answer.envelope ?? answer.body)?.slice(0, 300)}` });
        }
      } else if (verdict.problems.length > 0) {
        counting = false;
        throw new PropertyFailure(
          [
            `${verdict.problems.join('\n')}`,
            `the calls, in order (the last failed):`,
            ...made.map((line) => `  ${line}`),
            `answer: ${answer.status ?? ''} ${JSON.stringify(answer.envelope ?? answer.body)?.slice(0, 600)}`,
            ...(answer.internal !== undefined ? [`internal error: ${answer.internal instanceof Error ? answer.internal.stack : String(answer.internal)}`] : []),
          ].join('\n'),
        );
      }
      const value = (answer.envelope as { ok?: boolean; value?: { removed?: unknown } } | undefined)?.value;
      if (verdict.accepted && Array.isArray(value?.removed) && value.removed.length > 0) removed.push(value.removed as Bookmark[]);
    }
    if (counting) {
      figures.runs++;
      if (figures.runs % 500 === 0) onProgress?.(figures);
    }
  });

  const started = performance.now();
  try {
    const details = await fc.check(property, { numRuns: runs, seed, ...(path === undefined ? {} : { path }) });
    if (details.failed) {
      const error = details.errorInstance;
      figures.failure = {
        report: error instanceof PropertyFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error),
        seed: details.seed,
        path: details.counterexamplePath ?? '',
      };
    }
  } finally {
    figures.ms = performance.now() - started;
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await http.close();
  }
  return figures;
}

function labelOf(call: Call): string {
  if (call.kind === 'raw') return '(raw HTTP)';
  return isReaderApiMethod(call.method) ? call.method : '(unknown method)';
}

/** One line for the report: the call as it was made (long values cut). */
function describeCall(transport: string, call: Call, args: unknown): string {
  if (call.kind === 'raw') {
    const body = typeof call.body === 'string' ? call.body : `<${call.body.length} bytes: ${call.body.toString('hex').slice(0, 60)}>`;
    return `raw ${call.httpMethod} ${call.target ?? call.method} ${JSON.stringify(call.contentType)}${call.chunked ? ' chunked' : ''} ${JSON.stringify(body.slice(0, 300))}${body.length > 300 ? ` …(${body.length} chars)` : ''}`;
  }
  return `${transport} ${JSON.stringify(call.method)} (${call.intent}) ${preview(args).slice(0, 600)}`;
}

/** A value as JavaScript-ish text, nesting cut at a depth (fc.stringify recurses without end on deep values). */
function preview(value: unknown, depth = 0): string {
  if (depth > 8) return '…';
  if (Array.isArray(value)) return `[${value.slice(0, 20).map((item) => preview(item, depth + 1)).join(',')}${value.length > 20 ? ',…' : ''}]`;
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…(${value.length} chars)` : value);
  if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) {
    return fc.stringify(value);
  }
  if (value instanceof Ref) return String(value[fc.toStringMethod]());
  const fields = Object.entries(value).slice(0, 20).map(([key, item]) => `${JSON.stringify(key)}:${preview(item, depth + 1)}`);
  return `${Object.getPrototypeOf(value) === null ? 'Object.create(null)' : ''}{${fields.join(',')}}`;
}

function withTimeout(answer: Promise<Answer>): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PropertyFailure(`no answer in ${answerTimeoutMs} ms`)), answerTimeoutMs);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

interface Verdict {
  readonly accepted: boolean;
  readonly problems: string[];
}

/** Whether a raw request gets past the transport to the API (it is then judged as the API's answer). */
function reachesApi(request: RawRequest): unknown[] | undefined {
  const type = (request.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const size = typeof request.body === 'string' ? Buffer.byteLength(request.body) : request.body.length;
  if (request.target !== undefined || request.httpMethod !== 'POST' || type !== 'application/json' || size > maxBodyBytes) return undefined;
  try {
    const body = JSON.parse(request.body.toString()) as { args?: unknown } | null;
    return typeof body === 'object' && body !== null && Array.isArray(body.args) ? body.args : undefined;
  } catch {
    return undefined;
  }
}

/** Every property of one call: the answer, its status and message, and the store file before and after. */
function judge(transport: 'table' | 'http', call: Call, args: unknown, answer: Answer, before: Buffer, after: Buffer): Verdict {
  const envelope = answer.envelope as { ok?: unknown } | undefined;
  // A raw request to a target of its own is accepted when it is not refused (it may be a page).
  const accepted = envelope?.ok === true || (call.kind === 'raw' && call.target !== undefined && (answer.status ?? 0) < 400);
  const problems: string[] = [];
  // Past the transport: the API's own answer, which must name the argument it refuses.
  const byTransport =
    call.kind === 'raw'
      ? reachesApi(call) === undefined
      : transport === 'http' && (!Array.isArray(args) || Buffer.byteLength(JSON.stringify({ args })) > maxBodyBytes);

  if (transport === 'http') {
    const status = answer.status ?? 0;
    const head = call.kind === 'raw' && call.httpMethod === 'HEAD';
    // A target of its own may name a page or a call that is fine: only a refusal is judged, and no 5xx.
    const anyTarget = call.kind === 'raw' && call.target !== undefined;
    const judged = !head && (!anyTarget || status >= 400);
    if (status >= 500) problems.push(`HTTP ${status}`);
    if (judged && !String(answer.contentType).startsWith('application/json')) problems.push(`the answer's Content-Type is ${String(answer.contentType)}`);
    if (judged && envelope === undefined) problems.push(`the answer is not JSON: ${JSON.stringify(answer.body)}`);
    if (anyTarget) {
      if (judged) problems.push(...envelopeProblems(call.method, envelope, true));
    } else if (byTransport) {
      if (status < 400 || status > 499) problems.push(`a request the transport must refuse was answered ${status}`);
      if (judged) problems.push(...envelopeProblems(call.method, envelope, true));
    } else {
      const code = (envelope as { error?: { code?: keyof typeof statusOfCode } } | undefined)?.error?.code;
      const expected = accepted ? 200 : code === undefined ? undefined : statusOfCode[code];
      if (status !== expected) problems.push(`HTTP ${status} for ${accepted ? 'an accepted call' : `the code ${String(code)}`}`);
      problems.push(...envelopeProblems(call.method, envelope, false, fieldNames(args)));
    }
  } else {
    problems.push(...envelopeProblems(call.method, envelope, false, fieldNames(args)));
  }

  problems.push(...storeProblems(after.toString('utf8')));
  const readOnly = call.kind === 'api' && isReaderApiMethod(call.method) && reads.has(call.method);
  if ((!accepted || readOnly) && !before.equals(after)) {
    problems.push(accepted ? `${call.method} only reads, yet the store file changed` : 'a refused call changed the store file');
  }
  return { accepted, problems };
}

/** The figures as a table, one line a method, and the seed. */
export function formatFigures(figures: FuzzFigures): string {
  const rows = [...figures.byMethod].map(([method, t]) => `  ${method.padEnd(24)}${String(t.accepted).padStart(9)}${String(t.refused).padStart(9)}${String(t.failed).padStart(8)}`);
  const total = [...figures.byMethod.values()].reduce((sum, t) => ({ accepted: sum.accepted + t.accepted, refused: sum.refused + t.refused, failed: sum.failed + t.failed }), { accepted: 0, refused: 0, failed: 0 });
  return [
    `fuzz: seed ${figures.seed}, ${figures.runs} sequences, ${figures.calls} calls (table ${figures.byTransport.table}, HTTP ${figures.byTransport.http}) in ${(figures.ms / 1000).toFixed(1)} s`,
    `  ${'method'.padEnd(24)}${'accepted'.padStart(9)}${'refused'.padStart(9)}${'failed'.padStart(8)}`,
    ...rows,
    `  ${'all'.padEnd(24)}${String(total.accepted).padStart(9)}${String(total.refused).padStart(9)}${String(total.failed).padStart(8)}`,
    ...[...figures.problems].map(([kind, { count, example }]) => `\n${count} × ${kind}\n  e.g. ${example}`),
  ].join('\n');
}
