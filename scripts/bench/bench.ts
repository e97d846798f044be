/**
 * `npm run bench`: Aksorn's search against a plain scan and FlexSearch, on the
 * bundled article and generated libraries, each measurement in a fresh child process.
 * A benchmark, not a test: it prints figures and ✓/✗ against targets, and exits 0
 * even when a target is missed or a child dies (that is reported in the table).
 */
import { parseBenchArgs, usage } from './args.js';
import { machineInfo } from './machine.js';
import { makeReport, renderText } from './report.js';
import { runBench } from './run.js';

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const started = Date.now();
const machine = machineInfo();
const results = runBench(options, (line) => process.stderr.write(`${line}\n`));
const report = makeReport(machine, options, results, Date.now() - started);
console.log(options.json ? JSON.stringify(report, null, 2) : renderText(report));
