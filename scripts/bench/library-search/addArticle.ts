/**
 * What adding one article costs a large library: on a copy of it, one
 * `createLibrary({db}).add(article)` (ArticleRows.write in a transaction, its
 * sections and titles indexed) at a time, for a few generated articles.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open.js';
import { createLibrary } from '../../../main/library/library.js';
import { generateLibrary } from '../corpus.js';
import { latencyStats, type LatencyStats } from '../stats.js';

export interface AddFigures {
  /** The first add on a freshly opened copy: its pages come from disk. */
  readonly firstMs: number;
  /** The adds after it. */
  readonly nextMs: LatencyStats;
  readonly sectionsPerArticle: number;
}

const articlesAdded = 8;

export async function measureAdd(dbFile: string, seed: number): Promise<AddFigures> {
  const work = mkdtempSync(join(tmpdir(), 'aksorn-bench-add-'));
  try {
    const copy = join(work, 'library.db');
    copyFileSync(dbFile, copy);
    const articles = generateLibrary(articlesAdded, seed).map((article, i) => ({
      ...article,
      // Not a title the library has: an add, never an update.
      id: `bench-add-${i + 1}`,
      title: `${article.title} (bench ${i + 1})`,
    }));
    const db = openDatabase({ file: copy });
    const library = createLibrary({ db });
    const times: number[] = [];
    for (const article of articles) {
      const started = performance.now();
      const outcome = await library.add(article);
      times.push(performance.now() - started);
      if (outcome.kind !== 'imported') throw new Error(`adding ${article.id} gave ${outcome.kind}`);
    }
    db.close();
    const sections = articles.reduce((sum, a) => sum + a.sections.length + (a.lead.length > 0 ? 1 : 0), 0);
    return { firstMs: times[0] as number, nextMs: latencyStats(times.slice(1)), sectionsPerArticle: sections / articles.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
