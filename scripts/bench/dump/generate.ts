/**
 * `npm run bench:dump`: writes a seeded MediaWiki XML dump of generated Thai
 * articles, for the import bench and tests. Progress goes to stderr, the
 * figures to stdout.
 *
 * usage: npm run bench:dump -- --articles N [--seed N] --out FILE.xml[.bz2] [--json]
 */
import { parseArgs } from 'node:util';
import { generateDump, type DumpFigures, type DumpProgress } from './dump.js';

const usage = `usage: npm run bench:dump -- --articles N [--seed N] --out FILE.xml[.bz2] [--json]
  --articles N   main-namespace articles (redirects, +15%, and other namespaces, +3%, come on top)
  --seed N       the same seed always gives the same bytes (default 1)
  --out FILE     .xml, or .xml.bz2 to compress with bzip2
  --json         print the figures as JSON`;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
const count = (n: number) => n.toLocaleString('en-US');

function showProgress({ pages, xmlBytes, elapsedMs }: DumpProgress): void {
  const seconds = elapsedMs / 1000;
  const line = `${count(pages)} pages, ${mb(xmlBytes)} XML, ${(xmlBytes / 1e6 / seconds).toFixed(1)} MB/s, ${count(Math.round(pages / seconds))} pages/s`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}   ` : `${line}\n`);
}

function report(figures: DumpFigures, out: string): string {
  const { articleLengths: l } = figures;
  return [
    `wrote ${out} in ${(figures.elapsedMs / 1000).toFixed(1)} s`,
    `pages ${count(figures.pages)}: articles ${count(figures.articles)}, redirects ${count(figures.redirects)}, other namespaces ${count(figures.otherPages)}`,
    `plain text ${mb(figures.plainTextBytes)}, wikitext ${mb(figures.wikitextBytes)}, XML ${mb(figures.xmlBytes)}, file ${mb(figures.fileBytes)}`,
    `article plain text: p10 ${kb(l.p10)}, p50 ${kb(l.p50)}, p90 ${kb(l.p90)}, p99 ${kb(l.p99)}, max ${kb(l.max)}, total ${mb(l.total)}`,
  ].join('\n');
}

function positiveInteger(name: string, value: string | undefined): number {
  if (value === undefined || !/^[1-9]\d*$/.test(value.replace(/_/g, ''))) throw new Error(`--${name} wants a positive integer, not "${value ?? ''}"`);
  return Number(value.replace(/_/g, ''));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.out === undefined) throw new Error('--out is missing');
  if (!/^\d+$/.test(values.seed)) throw new Error(`--seed wants a whole number, not "${values.seed}"`);
  const out = values.out;
  const figures = await generateDump({
    articles: positiveInteger('articles', values.articles),
    seed: Number(values.seed) >>> 0,
    out,
    onProgress: showProgress,
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(values.json ? JSON.stringify(figures, null, 2) : report(figures, out));
}

main().catch((error: unknown) => {
  console.error(`bench:dump: ${error instanceof Error ? error.message : String(error)}`);
  console.error(usage);
  process.exitCode = 1;
});
