/** The library part's tables for people, and its JSON for machines. */
import { windowSize as defaultWindowSize } from '../../../main/search/library/sectionSearch.js';
import { formatBytes, formatMs, formatShare, renderTable } from '../format.js';
import { megabyte } from '../targets.js';
import { engineSummaries, engineKinds } from './engines/registry.js';
import type { LatencyStats } from '../stats.js';
import type { EngineResult, LibraryBenchOptions, SizeResult } from './run.js';
import { libraryTargets, mark } from './targets.js';

export interface LibraryReport {
  readonly options: Omit<LibraryBenchOptions, 'engines'> & { readonly engines: readonly string[] };
  readonly results: readonly SizeResult[];
  readonly totalMs: number;
}

export function makeLibraryReport(options: LibraryBenchOptions, results: readonly SizeResult[], totalMs: number): LibraryReport {
  return { options: { ...options, engines: options.engines.map((e) => e.name) }, results, totalMs };
}

const count = (n: number) => n.toLocaleString('en');
const ms = (value: number | undefined) => formatMs(value).replace(/ ms$/, '');

/** "p50 / p95 / max", the p95 marked against its target. */
function triple(stats: LatencyStats | undefined, limit?: number): string {
  if (!stats || stats.samples === 0) return '—';
  return `${ms(stats.p50)} / ${ms(stats.p95)}${limit === undefined ? '' : mark(stats.p95, limit)} / ${ms(stats.max)}`;
}

function indexCell(r: EngineResult, textBytes: number, limit: number): string {
  if (r.indexBytes === undefined) return r.engine.kind === 'scan' ? 'none' : '—';
  const ratio = r.indexBytes / textBytes;
  const copy = r.copyBytes === undefined ? '' : ` + copy ${(r.copyBytes / textBytes).toFixed(2)}×`;
  return `${formatBytes(r.indexBytes)} = ${ratio.toFixed(2)}×${mark(ratio, limit)}${copy}`;
}

function latencyTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [['articles', 'engine', 'open', '3+ characters', '2 characters', 'titles', '1st query', 'RSS searching', 'index ÷ text', 'answered', 'first k = scan']];
  const failures: string[] = [];
  for (const size of results) {
    const targets = libraryTargets(size.size);
    for (const r of size.engines) {
      const s = r.search;
      const head = [count(size.size), r.engine.name];
      if (!s) {
        rows.push([...head, '—', '—', '—', '—', '—', '—', indexCell(r, size.library.textBytes, targets.indexToText), '—', '—']);
        failures.push(`  ${count(size.size)} × ${r.engine.name}: — because the ${r.failure?.phase ?? 'run'} failed: ${r.failure?.reason ?? 'no figures'}`);
        continue;
      }
      const answered = (['long', 'two', 'title'] as const).map((g) => formatShare(s.groups[g].answered)).join(' / ');
      rows.push([
        ...head,
        formatMs(s.openMs) + mark(s.openMs, targets.openMs),
        triple(s.groups.long.latencyMs, targets.p95LongMs),
        triple(s.groups.two.latencyMs, targets.p95TwoMs),
        triple(s.groups.title.latencyMs),
        formatMs(s.firstQueryMs),
        formatBytes(s.rssSearchingBytes) + mark(s.rssSearchingBytes / megabyte, targets.rssMB),
        indexCell(r, size.library.textBytes, targets.indexToText),
        answered,
        r.sameAsScan ? `${r.sameAsScan.equal}/${r.sameAsScan.compared}` : '',
      ]);
    }
  }
  return [renderTable(rows), ...failures].join('\n');
}

function librariesTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [['articles', 'in the library', 'sections', 'redirects', 'text', 'file', 'Aksorn index: grams + pairs + titles + redirects', 'imported', 'queries 3+ / 2 / titles', 'load during']];
  for (const r of results) {
    const ix = r.library.indexBytes;
    rows.push([
      count(r.size),
      count(r.library.articles),
      count(r.library.sections),
      count(r.library.redirects),
      formatBytes(r.library.textBytes),
      formatBytes(r.library.fileBytes),
      `${formatBytes(ix.section_grams)} + ${formatBytes(ix.section_pairs)} + ${formatBytes(ix.title_grams)} + ${formatBytes(ix.alias_grams)}`,
      `${r.importSeconds.toFixed(0)} s${r.cached ? ' (cached)' : ''}`,
      `${r.queries.long} / ${r.queries.two} / ${r.queries.title}`,
      `${r.loadAverage.min.toFixed(1)}–${r.loadAverage.max.toFixed(1)}`,
    ]);
  }
  return renderTable(rows, 1);
}

function correctnessTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [['articles', 'window', 'queries', 'equal to the scan', 'counted exactly', 'problems']];
  const lines: string[] = [];
  for (const r of results) {
    if (!r.verify) continue;
    if (!r.verify.ok) {
      rows.push([count(r.size), '—', '—', 'FAILED ✗', '—', r.verify.reason]);
      continue;
    }
    for (const v of r.verify.value) {
      const problems = Object.entries(v.problems).map(([kind, n]) => `${kind} ${n}`).join(', ');
      rows.push([count(r.size), String(v.windowSize), String(v.queries), `${v.correct}${mark(v.queries - v.correct, 0)}`, String(v.exact), problems || 'none']);
      for (const example of v.examples) lines.push(`  ${count(r.size)}, window ${v.windowSize}: "${example.query}": ${example.problems.join('; ')}`);
    }
  }
  return [renderTable(rows), ...lines].join('\n');
}

function serviceTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [['articles', 'queries', 'first search (worker start)', 'direct p50 / p95 / max', 'via the worker p50 / p95 / max', 'overhead p50 / p95 / max', 'answers differing']];
  for (const r of results) {
    if (!r.service) continue;
    if (!r.service.ok) {
      rows.push([count(r.size), '—', `FAILED: ${r.service.reason}`, '—', '—', '—', '—']);
      continue;
    }
    const s = r.service.value;
    rows.push([count(r.size), String(s.queries), formatMs(s.firstSearchMs), triple(s.directMs), triple(s.serviceMs), triple(s.overheadMs), String(s.differing)]);
  }
  return renderTable(rows, 1);
}

function addTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [['articles', 'first add (cold)', 'next adds p50 / p95 / max', 'sections per article']];
  for (const r of results) {
    if (!r.add) continue;
    if (!r.add.ok) {
      rows.push([count(r.size), `FAILED: ${r.add.reason}`, '—', '—']);
      continue;
    }
    const a = r.add.value;
    const limit = libraryTargets(r.size).addMs;
    rows.push([count(r.size), formatMs(a.firstMs) + mark(a.firstMs, limit), `${triple(a.nextMs)}${mark(a.nextMs.max, limit)}`, a.sectionsPerArticle.toFixed(1)]);
  }
  return renderTable(rows, 1);
}

function buildLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((r) =>
    r.engines.flatMap((e) => (e.build ? [`  ${count(r.size)} × ${e.engine.name}: index made in ${formatMs(e.build.ms)}${e.build.cached ? ' (by an earlier run, kept)' : ''}`] : [])),
  );
}

/** Where each engine spends its worst time: its slowest queries of the first round. */
function slowestLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((r) =>
    r.engines.flatMap((e) =>
      e.search ? [`  ${count(r.size)} × ${e.engine.name}: ${e.search.slowest.slice(0, 3).map((q) => `"${q.text}" (${q.group}) ${formatMs(q.ms)}`).join(', ')}`] : [],
    ),
  );
}

function windowLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((r) => {
    const aksorns = r.engines.filter((e) => e.engine.kind === 'aksorn' && e.search);
    if (aksorns.length < 2) return [];
    const verdicts = r.verify?.ok ? r.verify.value : [];
    return [
      `  ${count(r.size)}: ` +
        aksorns
          .map((e) => {
            const window = e.engine.windowSize ?? defaultWindowSize;
            const exact = verdicts.find((v) => v.windowSize === window)?.exact;
            const s = e.search;
            return `window ${window}: p95 ${formatMs(s?.groups.long.latencyMs.p95)} (3+) / ${formatMs(s?.groups.two.latencyMs.p95)} (2), counted exactly ${exact ?? '?'} of ${r.queries.long + r.queries.two + r.queries.title}`;
          })
          .join('; '),
    ];
  });
}

/** A titled block, or nothing when it has no lines (an engine that was not run leaves its tables out). */
function block(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines];
}

/** A table's lines, none when it has only its head and rule. */
function rowsOf(table: string): string[] {
  const lines = table.split('\n');
  return lines.length > 2 ? lines : [];
}

export function renderLibraryText(report: LibraryReport): string {
  const { options, results } = report;
  const kinds = engineKinds.filter((kind) => options.engines.some((name) => name.split(':')[0] === kind));
  const t10 = libraryTargets(10_000);
  const t100 = libraryTargets(100_000);
  return [
    `Library search — libraries imported by \`aksorn import\` from generated dumps (seed ${options.seed}), kept in ${options.cacheDir}; k = ${options.k}; query seed ${options.querySeed}`,
    ...kinds.map((kind) => `  ${kind.padEnd(10)}  ${engineSummaries[kind]}`),
    ...block('Libraries:', [librariesTable(results)]),
    ...block(
      'Search, each engine in a fresh child (ms: p50 / p95 / max per query group; RSS = highest between queries; answered = share of queries with a section found, 3+ / 2 / titles):',
      [latencyTable(results)],
    ),
    ...block('Indexes made:', buildLines(results)),
    ...block('Slowest queries (first round):', slowestLines(results)),
    ...block(
      "Correctness of Aksorn against a brute-force scan (hits hold every term; exact counts = the scan's sections; 'more than N' = the scan finds more; top k = the first window ranked by tier, then library order; title matches hold every term):",
      rowsOf(correctnessTable(results)),
    ),
    ...block('Ranking window:', windowLines(results)),
    ...block('Through createSearchService (a worker thread under tsx; the same queries on an engine in the calling thread):', rowsOf(serviceTable(results))),
    ...block('Adding one article (createLibrary({db}).add on a copy of the library):', rowsOf(addTable(results))),
    '',
    `Targets: p95 ≤ ${t10.p95LongMs} ms at 10,000, ≤ ${t100.p95LongMs} ms at 100,000+ (3+ characters); ≤ ${t10.p95TwoMs} ms (2 characters); open ≤ ${t10.openMs} ms; RSS ≤ ${t10.rssMB} MB; index ≤ ${t10.indexToText}× the text; every query equal to the scan; adding an article ≤ ${t10.addMs} ms.`,
    `Library part: ${formatMs(report.totalMs)}.`,
  ].join('\n');
}
