/**
 * One phase of the library bench in a fresh process, spawned by child.ts:
 *   node --expose-gc --import tsx scripts/bench/library-search/worker.ts '<PhaseRequest as JSON>'
 * Prints its answer as one JSON line after `resultMarker`; a failure is one
 * line on stderr and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { resultMarker } from '../results.js';
import { measureAdd } from './addArticle.js';
import { buildCopy } from './copyBuild.js';
import { loadLibraryEngine } from './engines/registry.js';
import { measureSearches } from './measure.js';
import type { PhaseRequest } from './phases.js';
import type { LibraryMix } from './queries.js';
import { measureService } from './service.js';
import { verifyAksorn } from './verify.js';

const readMix = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as LibraryMix;

async function run(request: PhaseRequest): Promise<unknown> {
  switch (request.phase) {
    case 'search': {
      const engine = await loadLibraryEngine(request.engine);
      return measureSearches(() => engine.open(request.files), readMix(request.mixFile), request.k, engine.libraryOrder);
    }
    case 'flexsearch-build':
      return (await import('./engines/flexsearch.js')).buildFlexIndex(request.dbFile, request.flexFile);
    case 'copy-build':
      return buildCopy(request.dbFile, request.copyFile);
    case 'verify':
      return verifyAksorn(request.dbFile, readMix(request.mixFile), request.k, request.windowSizes);
    case 'service':
      return measureService(request.dbFile, readMix(request.mixFile), request.k);
    case 'add':
      return measureAdd(request.dbFile, request.seed);
  }
}

try {
  const [json] = process.argv.slice(2);
  if (json === undefined) throw new Error('usage: worker.ts <request as JSON>');
  const answer = await run(JSON.parse(json) as PhaseRequest);
  process.stdout.write(`${resultMarker}${JSON.stringify(answer)}\n`);
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
