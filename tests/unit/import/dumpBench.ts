/**
 * How fast the dump reader goes, alone: `npx tsx tests/unit/import/dumpBench.ts [pages]`.
 * Writes a dump of generated short Thai articles (dumpPages.ts) to a temp
 * folder, compresses a copy with the bzip2 CLI, and reads each in a fresh
 * process, reporting articles per second and that process's peak resident
 * memory (its baseline — Node, tsx and the modules loaded — is shown first).
 * Not a test: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDump } from '../../../main/import/dump/index.js';
import { readPages } from '../../../main/import/dump/xml.js';
import { mulberry32 } from '../../../scripts/bench/random.js';
import { dumpHead, dumpTail, pageXml, samplePage } from './dumpPages.js';

type Mode = 'baseline' | 'dump' | 'xml-only';

if (process.argv[2] === '--read') {
  await readOnce(process.argv[3] as Mode, process.argv[4] ?? '');
} else {
  benchmark(Number(process.argv[2] ?? 5000));
}

function benchmark(count: number): void {
  const folder = mkdtempSync(join(tmpdir(), 'aksorn-dump-bench-'));
  const xmlPath = join(folder, 'thwiki-bench.xml');
  try {
    const random = mulberry32(7);
    const parts = [dumpHead()];
    let wikitextChars = 0;
    let wikitextBytes = 0;
    for (let i = 0; i < count; i++) {
      const page = samplePage(i, random);
      wikitextChars += page.text?.length ?? 0;
      wikitextBytes += Buffer.byteLength(page.text ?? '');
      parts.push(pageXml(page, i + 1));
    }
    parts.push(dumpTail);
    writeFileSync(xmlPath, parts.join(''));
    execFileSync('bzip2', ['-k', xmlPath]);
    const perPage = `${String(Math.round(wikitextChars / count))} characters (${String(Math.round(wikitextBytes / count))} bytes)`;
    console.log(`${String(count)} pages of ${perPage} of wikitext on average`);
    console.log(`.xml ${megabytes(statSync(xmlPath).size)} MB, .xml.bz2 ${megabytes(statSync(`${xmlPath}.bz2`).size)} MB`);
    run('baseline', xmlPath);
    run('dump', xmlPath);
    run('dump', `${xmlPath}.bz2`);
    run('xml-only', xmlPath);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function run(mode: Mode, path: string): void {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--read', mode, path];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

/** One measurement, in this (fresh) process. */
async function readOnce(mode: Mode, path: string): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  let n = 0;
  if (mode === 'dump') {
    for await (const item of readDump({ name: path, stream: createReadStream(path) })) if (item.kind === 'article') n++;
  } else if (mode === 'xml-only') {
    const text = createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>;
    for await (const page of readPages(text)) if (page.text !== undefined) n++;
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const rss = `peak RSS ${megabytes(peakRss)} MB`;
  if (mode === 'baseline') console.log(`baseline (modules loaded, nothing read): ${rss}`);
  else {
    const label = mode === 'xml-only' ? 'XML pages only, no wikitext parse' : `readDump ${path.endsWith('.bz2') ? '.xml.bz2' : '.xml'}`;
    console.log(`${label}: ${String(n)} in ${seconds.toFixed(2)} s = ${String(Math.round(n / seconds))}/s, ${rss}`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
