/**
 * What the fuzz sends: for every method of the contract, valid argument
 * lists drawn from the real articles and the state a run has built, near-valid
 * ones (one thing wrong), and junk; unknown methods; and, for HTTP, raw
 * requests (not JSON, the wrong content type, oversized). A value that needs
 * the run's state (a stored bookmark's id, what a delete removed, the current
 * export) is a `Ref`, resolved when the call is made.
 */
import fc from 'fast-check';
import { readerApiMethods, type ReaderApiMethod } from '../../../common/api.js';
import type { Article } from '../../../common/article.js';
import { eventsPath } from '../../../common/events.js';
import { bookmarkExportFormat, bookmarkExportVersion, kindOfAnchor, type Bookmark } from '../../../common/bookmarks.js';
import { limits } from '../../../common/limits.js';
import { fontFamilies, languages, themeChoices, typographyLimits } from '../../../common/settings.js';
import { cloneJunk, hugeText, jsonJunk, jsonNumber, longStrings, nastyKey, nastyString } from './values.js';
import { placesOf, type Place } from './world.js';

/** What the generator meant a call to be; the answer says what it was. */
export type Intent = 'valid' | 'near' | 'junk';

export interface ApiCall {
  readonly kind: 'api';
  readonly method: string;
  /** The raw argument list (or not a list at all), possibly holding Refs. */
  readonly args: unknown;
  readonly intent: Intent;
}

/** An HTTP request made by hand, for what a JSON call cannot express. */
export interface RawRequest {
  readonly kind: 'raw';
  readonly method: string;
  readonly httpMethod: string;
  readonly contentType: string | undefined;
  readonly body: string | Buffer;
  /** Sent in two pieces without a length (chunked). */
  readonly chunked: boolean;
  /** A request target of its own instead of `/api/<method>`. */
  readonly target?: string;
}

export type Call = ApiCall | RawRequest;

type Twist = 'none' | 'twice' | 'version' | 'truncate' | 'drop-field';

/** A value taken from the run's state when the call is made. */
export class Ref {
  constructor(
    readonly to: 'bookmarkId' | 'removed' | 'export',
    readonly index: number,
    readonly twist: Twist = 'none',
  ) {}
  [fc.toStringMethod](): string {
    return `Ref(${this.to}, ${this.index}, ${this.twist})`;
  }
}

/** The run's state a Ref reads. */
export interface RunState {
  /** As stored now. */
  readonly bookmarks: readonly Bookmark[];
  /** What each accepted change answered as removed, in order. */
  readonly removed: readonly (readonly Bookmark[])[];
}

/** The call's arguments with its Refs replaced by values from the state. */
export function resolveRefs(value: unknown, state: RunState, depth = 0): unknown {
  if (value instanceof Ref) return resolveRef(value, state);
  if (depth > 3) return value;
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, state, depth + 1));
  return value;
}

function resolveRef({ to, index, twist }: Ref, { bookmarks, removed }: RunState): unknown {
  const pick = <T>(list: readonly T[]): T | undefined => list[index % Math.max(1, list.length)];
  if (to === 'bookmarkId') return pick(bookmarks)?.id ?? 'no-bookmark-yet';
  if (to === 'removed') {
    const batch = pick(removed) ?? [];
    return twist === 'twice' ? [...batch, ...batch] : batch;
  }
  const listed = twist === 'twice' ? [...bookmarks, ...bookmarks] : bookmarks;
  const file: Record<string, unknown> = {
    format: bookmarkExportFormat,
    version: twist === 'version' ? bookmarkExportVersion + 1 : bookmarkExportVersion,
    exportedAt: '2026-01-01T00:00:00.000Z',
    bookmarks: twist === 'drop-field' ? listed.map(({ note: _, ...rest }) => rest) : listed,
  };
  const json = JSON.stringify(file, null, 2);
  return twist === 'truncate' ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json;
}

/** Sets (or, with `undefined` and `remove`, deletes) an own field, `__proto__` too, on a copy. */
function withField(object: object, key: string, value: unknown, remove: boolean): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  if (remove) delete copy[key];
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Ref);

/** One thing wrong with a valid argument list: arity, a field added, removed or replaced, an argument replaced. */
function nearFrom(valid: fc.Arbitrary<unknown[]>, junk: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const twist = fc.oneof(
    fc.constant({ t: 'drop' as const }),
    fc.record({ t: fc.constant('extra' as const), value: junk }),
    fc.record({ t: fc.constant('replace' as const), at: fc.nat(), value: junk }),
    fc.record({ t: fc.constant('remove-field' as const), at: fc.nat(), field: fc.nat() }),
    fc.record({ t: fc.constant('set-field' as const), at: fc.nat(), field: fc.nat(), value: junk }),
    fc.record({ t: fc.constant('add-field' as const), at: fc.nat(), key: nastyKey, value: junk }),
  );
  return fc.tuple(valid, twist).map(([args, change]) => {
    if (change.t === 'drop') return args.slice(0, -1);
    if (change.t === 'extra') return [...args, change.value];
    if (args.length === 0) return [change.t === 'remove-field' ? null : change.value];
    const at = change.at % args.length;
    const arg = args[at];
    const next = [...args];
    if (change.t === 'add-field') {
      next[at] = isPlainObject(arg) ? withField(arg, change.key, change.value, false) : change.value;
    } else if (change.t === 'replace' || !isPlainObject(arg)) {
      next[at] = change.t === 'remove-field' ? null : change.value;
    } else {
      const keys = Object.keys(arg);
      const key = keys[change.field % Math.max(1, keys.length)] ?? 'field';
      next[at] = withField(arg, key, change.t === 'set-field' ? change.value : undefined, change.t === 'remove-field');
    }
    return next;
  });
}

const { fontSize, lineHeight, pageWidth } = typographyLimits;
const between = (min: number, max: number) => fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
/** A number just outside [min, max], or not a number a setting can be. */
const outside = (min: number, max: number) => fc.oneof(fc.constantFrom(min - 0.001, max + 0.001, min - 1, max + 1, -min, 1e308, -1e308), jsonNumber.filter((n) => n < min || n > max));

/** Thai and other text that an argument may hold: names, notes, queries. */
const freeText = (maxLength: number) => fc.oneof(nastyString, fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }), fc.constant(''));

const isoDate = fc
  .date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** The arguments of every method, each as valid and near-valid argument lists. */
function argumentsOf(articles: readonly Article[]): Record<ReaderApiMethod, { valid: fc.Arbitrary<unknown[]>; near: fc.Arbitrary<unknown[]> }> {
  const places = placesOf(articles);
  const articleIds = articles.map((a) => a.id);
  const articleId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...articleIds) }, { weight: 1, arbitrary: nastyString.filter((s) => s.length > 0) });
  const place = fc.constantFrom(...places);
  const placeOf = ({ articleId, sectionId, paragraph }: Place) => ({ articleId, sectionId, paragraph });
  // A range in the paragraph's text: mostly inside it, sometimes past its end or empty.
  const rangeIn = (text: string) =>
    fc.tuple(fc.nat({ max: Math.max(0, text.length) }), fc.nat({ max: Math.max(0, text.length) })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const newBookmark = place.chain((p) =>
    fc.record({
      articleId: fc.constant(p.articleId),
      sectionId: fc.constant(p.sectionId),
      paragraph: fc.constant(p.paragraph),
      range: p.paragraph === null ? fc.constant(null) : fc.option(rangeIn(p.text), { nil: null }),
      name: freeText(limits.bookmarkName),
      note: fc.oneof(freeText(limits.bookmarkNote), longStrings([limits.bookmarkNote])),
    }),
  );
  const patch = fc.record({ name: freeText(limits.bookmarkName), note: freeText(limits.bookmarkNote) }, { requiredKeys: [] });
  const settingsPatch = fc.record(
    {
      language: fc.constantFrom(...languages),
      theme: fc.constantFrom(...themeChoices),
      fontSize: between(fontSize.min, fontSize.max),
      lineHeight: between(lineHeight.min, lineHeight.max),
      pageWidth: between(pageWidth.min, pageWidth.max),
      fontFamily: fc.constantFrom(...fontFamilies),
    },
    { requiredKeys: [] },
  );
  const badSettingsPatch = fc.oneof(
    fc.record({ fontSize: outside(fontSize.min, fontSize.max) }),
    fc.record({ lineHeight: outside(lineHeight.min, lineHeight.max) }),
    fc.record({ pageWidth: outside(pageWidth.min, pageWidth.max) }),
    fc.record({ language: nastyString }),
    fc.record({ theme: fc.constantFrom('Dark', 'neon', '', 'system ') }),
  );
  // A stored bookmark as undo or an import brings it: consistent, but pointing anywhere.
  const bookmark: fc.Arbitrary<Bookmark> = fc
    .record({
      id: fc.oneof(fc.uuid(), nastyString.filter((s) => s.length > 0)),
      place: fc.oneof({ weight: 3, arbitrary: place.map(placeOf) }, { weight: 1, arbitrary: fc.record({ articleId, sectionId: fc.string({ minLength: 1, maxLength: 8 }), paragraph: fc.option(fc.nat({ max: limits.paragraph }), { nil: null }) }) }),
      quote: fc.option(fc.record({ text: fc.string({ minLength: 1, maxLength: 20 }), prefix: fc.string({ maxLength: 8 }), suffix: fc.string({ maxLength: 8 }) }), { nil: null }),
      context: freeText(limits.quotedText),
      name: freeText(limits.bookmarkName),
      note: freeText(limits.bookmarkNote),
      createdAt: isoDate,
      updatedAt: isoDate,
    })
    .map(({ id, place: where, quote, context, name, note, createdAt, updatedAt }) => {
      const paragraph = quote !== null && where.paragraph === null ? 0 : where.paragraph;
      const anchor = { articleId: where.articleId, sectionId: where.sectionId, paragraph, quote, context };
      return { id, kind: kindOfAnchor(anchor), anchor, name, note, createdAt, updatedAt };
    });
  const exportOf = (bookmarks: readonly Bookmark[]) =>
    JSON.stringify({ format: bookmarkExportFormat, version: bookmarkExportVersion, exportedAt: '2026-01-01T00:00:00.000Z', bookmarks });
  const position = fc.record({
    articleId,
    sectionId: fc.oneof(place.map((p) => p.sectionId), nastyString.filter((s) => s.length > 0)),
    progress: between(0, 1),
  });
  const ref = (to: Ref['to'], twists: readonly Twist[] = ['none']) => fc.tuple(fc.nat({ max: 20 }), fc.constantFrom(...twists)).map(([i, t]) => new Ref(to, i, t));
  const none = fc.constant<unknown[]>([]);
  const byHand = (valid: fc.Arbitrary<unknown[]>, ...near: fc.Arbitrary<unknown[]>[]) => ({ valid, near: fc.oneof(nearFrom(valid, jsonJunk), ...near) });

  return {
    listArticles: byHand(
      fc.record({ offset: fc.nat({ max: 5 }), limit: fc.integer({ min: 1, max: limits.articlesPerPage }) }).map((range) => [range]),
      fc.record({ offset: fc.constantFrom(-1, 0.5, '0'), limit: fc.constantFrom(0, limits.articlesPerPage + 1, 2.5) }).map((range) => [range]),
    ),
    getArticle: byHand(articleId.map((id) => [id]), longStrings([limits.id + 1]).map((id) => [id])),
    removeArticle: byHand(articleId.map((id) => [id]), longStrings([limits.id + 1]).map((id) => [id])),
    resolveTitles: byHand(
      fc.array(fc.oneof(fc.constantFrom(...articles.map((a) => a.title)), freeText(limits.title)), { maxLength: 8 }).map((titles) => [titles]),
      longStrings([limits.title + 1]).map((title) => [[title]]),
    ),
    search: byHand(
      fc.tuple(
        fc.oneof(
          place.chain((p) => rangeIn(p.text).map(({ start, end }) => p.text.slice(start, Math.min(end, start + 12)))),
          freeText(limits.query),
          fc.constantFrom('a:b', 'foo^', '+', '*', '~', 'ลาฟรอฟ', 'คาซัค', '๒๐๐๗', 'CAFE'),
        ),
        fc.oneof(
          fc.constant({}),
          fc.record(
            {
              limit: fc.integer({ min: 1, max: limits.searchHits }),
              offset: fc.nat({ max: 700 }),
              scope: fc.oneof(fc.constant('library' as const), articleId.map((article) => ({ article }))),
              asYouType: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      fc.tuple(longStrings([limits.query + 1]), fc.constant({})),
      fc.record({ limit: fc.oneof(fc.constantFrom(0, limits.searchHits + 1, 2.5, -1, '5'), jsonNumber) }).map((options) => ['x', options]),
      fc.record({ offset: fc.constantFrom(-1, 0.5, '0', limits.searchOffset + 1) }).map((options) => ['x', options]),
      fc.record({ scope: fc.constantFrom('all', '', { article: '' }, { article: 'x', page: 1 }, { id: 'x' }) }).map((options) => ['x', options]),
      fc.record({ asYouType: fc.constantFrom('yes', 1, null) }).map((options) => ['x', options]),
    ),
    findArticles: byHand(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...articles.map((a) => a.title)).chain((title) => rangeIn(title).map(({ start, end }) => title.slice(start, end))),
          freeText(limits.query),
          fc.constantFrom('', ' ', '%', '_', '%_%', "'", '"', 'ก', 'a', '๒๐', 'CAFE'),
        ),
        fc.oneof(fc.constant({}), fc.record({ limit: fc.integer({ min: 1, max: limits.foundArticles }) })),
      ),
      fc.tuple(longStrings([limits.query + 1]), fc.constant({})),
      fc.record({ limit: fc.oneof(fc.constantFrom(0, limits.foundArticles + 1, 2.5, -1, '5', null), jsonNumber) }).map((options) => ['x', options]),
      fc.constantFrom({ offset: 0 }, { scope: 'library' }, { asYouType: true }).map((options) => ['x', options]),
    ),
    // Nothing is staged in the fuzz: every upload id is unknown, and so is every import.
    startImport: byHand(
      fc.array(fc.oneof(fc.uuid(), nastyString.filter((s) => s.length > 0)), { minLength: 1, maxLength: 3 }).map((ids) => [ids]),
      fc.constantFrom([], Array.from({ length: limits.filesPerImport + 1 }, () => 'x')).map((ids) => [ids]),
    ),
    cancelImport: byHand(fc.oneof(fc.uuid(), nastyString.filter((s) => s.length > 0)).map((id) => [id]), longStrings([limits.id + 1]).map((id) => [id])),
    listImports: byHand(none),
    getSettings: byHand(none),
    updateSettings: byHand(settingsPatch.map((p) => [p]), badSettingsPatch.map((p) => [p])),
    listBookmarks: byHand(none),
    addBookmark: byHand(
      newBookmark.map((b) => [b]),
      fc.tuple(newBookmark, fc.oneof(
        fc.record({ paragraph: fc.constantFrom(-1, 2.5, limits.paragraph, limits.paragraph + 1) }),
        fc.record({ range: fc.constantFrom({ start: 3, end: 1 }, { start: 0, end: 0 }, { start: 0, end: limits.offset }, { start: -1, end: 2 }, { start: 0, end: limits.offset + 1 }) }),
        fc.record({ sectionId: fc.constantFrom('nope', 'Lead', 'lead ') }),
        fc.record({ name: longStrings([limits.bookmarkName + 1]) }),
        fc.record({ note: longStrings([limits.bookmarkNote + 1]) }),
      )).map(([b, change]) => [{ ...b, ...change }]),
    ),
    toggleBookmark: byHand(place.map((p) => [placeOf(p)])),
    updateBookmark: byHand(fc.tuple(fc.oneof({ weight: 4, arbitrary: ref('bookmarkId') }, { weight: 1, arbitrary: nastyString }), patch)),
    deleteBookmark: byHand(fc.oneof({ weight: 4, arbitrary: ref('bookmarkId') }, { weight: 1, arbitrary: nastyString }).map((id) => [id])),
    restoreBookmarks: byHand(
      fc.oneof(ref('removed', ['none', 'twice']), fc.array(bookmark, { maxLength: 4 })).map((list) => [list]),
      fc.array(bookmark, { minLength: 1, maxLength: 3 }).map((list) => [list.map((b) => ({ ...b, kind: b.kind === 'section' ? 'passage' : 'section' }))]),
    ),
    exportBookmarks: byHand(none),
    importBookmarks: byHand(
      fc.oneof(ref('export', ['none', 'twice']), fc.array(bookmark, { maxLength: 4 }).map(exportOf)).map((json) => [json]),
      ref('export', ['version', 'truncate', 'drop-field']).map((json) => [json]),
      // Now and then a file one character past the limit (20 MB: the table refuses it, HTTP's body limit first).
      fc.oneof({ weight: 9, arbitrary: jsonJunk.map((value) => JSON.stringify(value) ?? 'null') }, { weight: 1, arbitrary: hugeText(limits.importText + 1) }).map((json) => [json]),
      fc.array(bookmark, { minLength: 1, maxLength: 2 }).map((list) => [exportOf(list.map((b) => ({ ...b, createdAt: 'yesterday' })))]),
    ),
    getReadingPosition: byHand(articleId.map((id) => [id])),
    getLastReadingPosition: byHand(none),
    setReadingPosition: byHand(
      position.map((p) => [p]),
      fc.tuple(position, outside(0, 1)).map(([p, progress]) => [{ ...p, progress }]),
    ),
    getNotices: byHand(none),
    dismissNotice: byHand(fc.nat().map((id) => [id]), fc.constantFrom(-1, 2.5, '0', Number.MAX_SAFE_INTEGER + 2).map((id) => [id])),
  };
}

/** Methods that change the state weigh more, so that sequences build some up. */
const weightOf: Partial<Record<ReaderApiMethod, number>> = { addBookmark: 4, toggleBookmark: 3, deleteBookmark: 2, restoreBookmarks: 2, importBookmarks: 2 };

/** Names that are not methods of the contract, some of them close. */
const unknownMethod = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'getarticle', 'getArticle ', 'getArticle/x', 'reader:getArticle'),
  // "." and ".." are path segments to HTTP, not names; /api/events is the event stream.
  nastyString.filter((name) => name !== '.' && name !== '..' && `/api/${name}` !== eventsPath),
);

/** A raw request to `/api/<method>`: what the JSON body of a call cannot be. */
function rawRequest(oversize: number): fc.Arbitrary<RawRequest> {
  const method = fc.oneof(fc.constantFrom(...readerApiMethods), unknownMethod);
  const body: fc.Arbitrary<string | Buffer> = fc.oneof(
    fc.constantFrom('', '{', '{"args":', '[]', 'null', '{"args":{}}', '{"args":"x"}', '{"arguments":[]}', '\ufeff{"args":[]}', '{"args":[]} trailing', `{"args":[${'['.repeat(10_000)}`),
    nastyString,
    jsonJunk.map((value) => JSON.stringify({ args: value, extra: value }) ?? ''),
    jsonJunk.map((value) => JSON.stringify(value) ?? ''),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(`{"args":["${'x'.repeat(oversize)}"]}`),
  );
  return fc.record({
    kind: fc.constant('raw' as const),
    method,
    httpMethod: fc.oneof({ weight: 5, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
    contentType: fc.oneof(
      fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', 'json', ';'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    ),
    body,
    chunked: fc.boolean(),
    target: fc.option(
      fc.oneof(
        fc.constantFrom('//[', '//%', '//:99999/api/getSettings', '/api/%', '/api/%E0%A4%A', '/api/getSettings?x=1#y', '/api//getSettings', '/api/getSettings/', '/API/getSettings', '/api/%2e%2e/api/getSettings', '*', '/api/%00'),
        fc.string({ unit: 'grapheme-ascii', maxLength: 16 }).map((path) => `/${path.replace(/[\s]/g, '')}`),
      ),
      { nil: undefined, freq: 4 },
    ),
  });
}

export interface SequenceOptions {
  readonly articles: readonly Article[];
  /** Table calls may carry what only structured clone can (undefined, NaN, BigInt…); HTTP calls raw requests. */
  readonly transport: 'table' | 'http';
  /** A body this size is past the HTTP limit. */
  readonly oversize: number;
  /** Calls after the set-up, at most. */
  readonly maxCalls: number;
}

/** What a sequence may start with, so that the calls after it have state to work on. */
const setUp: readonly ReaderApiMethod[] = ['addBookmark', 'toggleBookmark', 'setReadingPosition', 'updateSettings'];

/** A sequence of calls: up to three valid ones that build state, then 1..maxCalls calls of any kind. */
export function sequenceArbitrary(options: SequenceOptions): fc.Arbitrary<Call[]> {
  const table = argumentsOf(options.articles);
  const valid = fc.oneof(...setUp.map((method) => table[method].valid.map((args): Call => ({ kind: 'api', method, args, intent: 'valid' }))));
  return fc
    .tuple(fc.array(valid, { maxLength: 3 }), fc.array(callArbitrary(table, options), { minLength: 1, maxLength: options.maxCalls }))
    .map(([first, then]) => [...first, ...then]);
}

/** One call of any method, valid, near-valid or junk, or an unknown method, or a raw request. */
function callArbitrary(table: ReturnType<typeof argumentsOf>, { transport, oversize }: SequenceOptions): fc.Arbitrary<Call> {
  const junk = transport === 'table' ? fc.oneof({ weight: 3, arbitrary: jsonJunk }, { weight: 1, arbitrary: cloneJunk }) : jsonJunk;
  const perMethod = readerApiMethods.map((method) => {
    const { valid, near } = table[method];
    const call = (intent: Intent) => (args: unknown): ApiCall => ({ kind: 'api', method, args, intent });
    const nearToo = transport === 'table' ? fc.oneof(near, nearFrom(valid, cloneJunk)) : near;
    return {
      weight: weightOf[method] ?? 1,
      arbitrary: fc.oneof(
        { weight: 6, arbitrary: valid.map(call('valid')) },
        { weight: 3, arbitrary: nearToo.map(call('near')) },
        { weight: 1, arbitrary: fc.oneof(fc.array(junk, { maxLength: 3 }), junk).map(call('junk')) },
      ),
    };
  });
  const unknown = fc.tuple(unknownMethod, fc.array(junk, { maxLength: 2 })).map(([method, args]): ApiCall => ({ kind: 'api', method, args, intent: 'junk' }));
  return fc.oneof(
    ...perMethod,
    { weight: 1, arbitrary: unknown },
    ...(transport === 'http' ? [{ weight: 2, arbitrary: rawRequest(oversize) as fc.Arbitrary<Call> }] : []),
  );
}
