/**
 * `npm run bench`: Aksorn's search against other ways of searching, each
 * measurement in a fresh child process, in two parts:
 * - article: the one-article engine (lunr) against a scan and FlexSearch, on
 *   the bundled article and generated articles in memory;
 * - library: library search (createSearchEngine over the library database)
 *   against a scan, FlexSearch and plain FTS5, on generated libraries imported
 *   through the real importer (library-search/).
 * A benchmark, not a test: it prints figures and ✓/✗ against targets, and exits 0
 * even when a target is missed or a child dies (that is reported in the table).
 */
import { loadavg } from 'node:os';
import { parseBenchArgs, usage, type BenchArgs } from './args.js';
import { makeLibraryReport, renderLibraryText, type LibraryReport } from './library-search/report.js';
import { runLibraryBench } from './library-search/run.js';
import { machineInfo } from './machine.js';
import { header, makeReport, renderText, type BenchReport } from './report.js';
import { runBench } from './run.js';

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const machine = machineInfo();
let article: BenchReport | undefined;
let library: LibraryReport | undefined;
if (args.parts.includes('article')) {
  const started = Date.now();
  const results = runBench(args.article, log);
  article = makeReport(machine, args.article, results, Date.now() - started);
}
if (args.parts.includes('library')) {
  const started = Date.now();
  const results = await runLibraryBench(args.library, log);
  library = makeLibraryReport(args.library, results, Date.now() - started);
}
// Other work on the machine skews the figures: its load is said at both ends.
const loadAtEnd = loadavg()[0] ?? 0;
if (args.json) {
  console.log(JSON.stringify({ machine, loadAverageAtEnd: loadAtEnd, article, library }, null, 2));
} else {
  const parts = [article ? renderText(article) : undefined, library ? renderLibraryText(library) : undefined].filter((part) => part !== undefined);
  console.log([`${header(machine)}, ${loadAtEnd.toFixed(2)} at the end`, '', parts.join('\n\n')].join('\n'));
}
