/**
 * How fast the dump reader goes, alone: `npx tsx tests/unit/import/dumpBench.ts [pages]`.
 * Writes a dump of generated short Thai articles (dumpPages.ts) to a temp
 * folder, compresses a copy with the bzip2 CLI, and reads both, reporting
 * articles per second and the process's peak resident memory. Not a test:
 * timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDump } from '../../../main/import/dump/index.js';
import { readPages } from '../../../main/import/dump/xml.js';
import { dumpHead, dumpTail, pageXml, samplePage, seededRandom } from './dumpPages.js';

const count = Number(process.argv[2] ?? 5000);
const folder = mkdtempSync(join(tmpdir(), 'aksorn-dump-bench-'));
const xmlPath = join(folder, 'thwiki-bench.xml');

try {
  const random = seededRandom(7);
  const parts = [dumpHead()];
  let wikitextChars = 0;
  for (let i = 0; i < count; i++) {
    const page = samplePage(i, random);
    wikitextChars += page.text?.length ?? 0;
    parts.push(pageXml(page, i + 1));
  }
  parts.push(dumpTail);
  writeFileSync(xmlPath, parts.join(''));
  execFileSync('bzip2', ['-k', xmlPath]);
  console.log(`${String(count)} pages, ${String(Math.round(wikitextChars / count))} characters of wikitext each on average`);
  console.log(`.xml ${megabytes(statSync(xmlPath).size)} MB, .xml.bz2 ${megabytes(statSync(`${xmlPath}.bz2`).size)} MB`);

  for (const path of [xmlPath, `${xmlPath}.bz2`]) {
    await measure(`readDump ${path.endsWith('.bz2') ? '.xml.bz2' : '.xml    '}`, async () => {
      let articles = 0;
      for await (const item of readDump({ name: path, stream: createReadStream(path) })) {
        if (item.kind === 'article') articles++;
      }
      return articles;
    });
  }
  await measure('XML pages only (no wikitext parse)', async () => {
    let pages = 0;
    const text = createReadStream(xmlPath, { encoding: 'utf8' }) as AsyncIterable<string>;
    for await (const page of readPages(text)) if (page.text !== undefined) pages++;
    return pages;
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function measure(label: string, run: () => Promise<number>): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const n = await run();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`${label}: ${String(n)} in ${seconds.toFixed(2)} s = ${String(Math.round(n / seconds))}/s, peak RSS ${megabytes(peakRss)} MB`);
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
