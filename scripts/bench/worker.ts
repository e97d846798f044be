/**
 * One measurement in a fresh process, spawned by bench.ts:
 *   node --expose-gc --import tsx scripts/bench/worker.ts <build|query> <corpus> <engine> <seed> <index-file> <queries>
 * Prints its figures as one JSON line after `resultMarker`; a failure is one line on
 * stderr and exit code 1.
 */
import { parseCorpusSpec } from './corpora.js';
import { isEngineName, loadEngine } from './engines/registry.js';
import { measureBuild, measureQueries } from './measure.js';
import { resultMarker } from './results.js';

async function main(argv: readonly string[]): Promise<unknown> {
  const [phase, corpus, engineName, seed, indexFile, queries] = argv;
  if (phase === undefined || corpus === undefined || engineName === undefined || indexFile === undefined) {
    throw new Error('usage: worker.ts <build|query> <corpus> <engine> <seed> <index-file> <queries>');
  }
  if (!isEngineName(engineName)) throw new Error(`unknown engine "${engineName}"`);
  const spec = parseCorpusSpec(corpus);
  const engine = await loadEngine(engineName);
  switch (phase) {
    case 'build':
      return measureBuild(engine, spec, Number(seed), indexFile);
    case 'query':
      return measureQueries(engine, spec, Number(seed), indexFile, Number(queries));
    default:
      throw new Error(`unknown phase "${phase}"`);
  }
}

try {
  const figures = await main(process.argv.slice(2));
  process.stdout.write(`${resultMarker}${JSON.stringify(figures)}\n`);
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
