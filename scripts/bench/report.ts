/** The bench's output: tables for people, one JSON document for machines. */
import type { BenchOptions } from './args.js';
import { corpusLabel } from './corpora.js';
import { engineSummaries, type EngineName } from './engines/registry.js';
import { formatBytes, formatMs, formatShare, renderTable } from './format.js';
import type { MachineInfo } from './machine.js';
import { queryKindShares, type QueryKind } from './queries.js';
import type { RunResult } from './results.js';
import { checkTargets, targetsFor, type TargetCheck, type TargetMetric } from './targets.js';

export interface BenchReport {
  readonly machine: MachineInfo;
  readonly options: { readonly sizes: readonly string[]; readonly queries: number; readonly engines: readonly string[]; readonly seed: number };
  readonly engines: Readonly<Partial<Record<EngineName, string>>>;
  readonly totalMs: number;
  readonly results: readonly (RunResult & { readonly targets: readonly TargetCheck[] })[];
}

export function makeReport(machine: MachineInfo, options: BenchOptions, results: readonly RunResult[], totalMs: number): BenchReport {
  return {
    machine,
    options: { sizes: options.sizes.map(corpusLabel), queries: options.queries, engines: options.engines, seed: options.seed },
    engines: Object.fromEntries(options.engines.map((name) => [name, engineSummaries[name]])),
    totalMs,
    results: results.map((result) => ({ ...result, targets: checkTargets(result) })),
  };
}

function mark(checks: readonly TargetCheck[], metric: TargetMetric): string {
  const check = checks.find((c) => c.metric === metric);
  return check === undefined ? '' : check.pass ? ' ✓' : ' ✗';
}

/** The machine line every part of the bench is measured on. */
export function header(machine: MachineInfo): string {
  return [
    `Aksorn search bench — ${machine.os}`,
    `cpu: ${machine.cpu} × ${machine.cores} cores, memory: ${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, node ${machine.node}, load average ${machine.loadAverage.toFixed(2)} at start`,
  ].join('\n');
}

function figuresTable(report: BenchReport): string {
  const rows: string[][] = [
    ['corpus', 'engine', 'sections', 'build', 'size', 'load', 'p50', 'p95', 'p99', 'heap Δ', 'RSS Δ', 'RSS abs', 'build peak', 'hit@10', 'answered'],
  ];
  for (const r of report.results) {
    const b = r.build;
    const q = r.query;
    const row = [r.corpus, r.engine, b ? String(b.sections) : '', formatMs(b?.buildMs), formatBytes(b?.sizeBytes)];
    if (q) {
      row.push(
        formatMs(q.loadMs) + mark(r.targets, 'load'),
        formatMs(q.latencyMs.p50),
        formatMs(q.latencyMs.p95) + mark(r.targets, 'p95'),
        formatMs(q.latencyMs.p99),
        formatBytes(q.heapUsedDeltaBytes),
        formatBytes(q.rssAfterLoadBytes - q.rssBeforeLoadBytes),
        formatBytes(q.rssAfterLoadBytes) + mark(r.targets, 'rss'),
        formatBytes(b?.buildPeakRssBytes),
        formatShare(q.hitRate.top10),
        formatShare(q.hitRate.answered),
      );
    } else {
      // The row says which phase died; the reason is printed under the table.
      const failed = r.targets.length > 0 ? 'FAILED ✗' : 'FAILED';
      const dashes = (n: number) => Array<string>(n).fill('—');
      if (r.failure?.phase === 'build') row.splice(2, 3, '—', failed, '—', ...dashes(10));
      else row.push(failed, ...dashes(6), formatBytes(b?.buildPeakRssBytes), ...dashes(2));
    }
    rows.push(row);
  }
  const failures = report.results.flatMap((r) =>
    r.failure ? [`  ${r.corpus} × ${r.engine} failed in ${r.failure.phase}: ${r.failure.reason}`] : [],
  );
  return [renderTable(rows), ...failures].join('\n');
}

function kindTable(report: BenchReport): string {
  const kinds = Object.keys(queryKindShares) as QueryKind[];
  const rows: string[][] = [['corpus', 'engine', ...kinds, 'all']];
  for (const r of report.results) {
    const q = r.query;
    if (!q) continue;
    const cell = (hit: number | undefined, p95: number | undefined) => `${formatShare(hit)} ${formatMs(p95)}`;
    rows.push([
      r.corpus,
      r.engine,
      ...kinds.map((k) => cell(q.hitRateByKind[k]?.top10, q.latencyByKindMs[k]?.p95)),
      cell(q.hitRate.top10, q.latencyMs.p95),
    ]);
  }
  return renderTable(rows);
}

function targetLines(report: BenchReport): string[] {
  const units: Record<TargetMetric, string> = { p95: 'ms', load: 'ms', rss: 'MB' };
  return report.options.sizes.flatMap((corpus) => {
    const targets = targetsFor(corpus);
    if (targets.length === 0) return [];
    return [`  ${corpus}: ${targets.map((t) => `${t.metric} ≤ ${t.limit} ${units[t.metric]}`).join(', ')}`];
  });
}

export function renderText(report: BenchReport): string {
  const queries = report.results.find((r) => r.query)?.query?.queries ?? report.options.queries;
  const mix = Object.entries(queryKindShares)
    .map(([kind, share]) => `${kind} ${Math.round(share * 100)}%`)
    .join(', ');
  return [
    'One article and generated articles in memory (lunr, a scan, FlexSearch):',
    ...Object.entries(report.engines).map(([name, summary]) => `${name.padEnd(10)}  ${summary ?? ''}`),
    '',
    `Figures (${queries} queries per corpus; latency over the mix after a warm-up, limit 20; memory after load + GC: heap Δ = JS heap retained, RSS Δ = RSS minus the pre-load baseline):`,
    figuresTable(report),
    '',
    'By query kind: hit@10 and p95 (hit@10 = the section the query was drawn from is in the top 10):',
    kindTable(report),
    '',
    `Query mix: ${mix}.`,
    'Targets (✓/✗ next to the figure; RSS is checked on the absolute RSS after load):',
    ...targetLines(report),
    `Total time ${formatMs(report.totalMs)}.`,
  ].join('\n');
}
