/**
 * How long generated articles are. Wikipedia's article sizes are close to
 * lognormal: most pages are short (stubs and a few paragraphs), a long tail of
 * long ones carries much of the text. In UTF-8 a Thai letter is 3 bytes.
 */
import type { Random } from '../random.js';
import { percentile } from '../stats.js';

/**
 * Plain text bytes per article. A median of 1.4 kB with sigma 1.4 gives a mean
 * near 3.7 kB (median × e^(σ²/2)), so 170,000 articles come to about 0.6 GB,
 * and the 99th percentile is about 26 × the median.
 */
export const articleLengthModel = {
  medianBytes: 1_400,
  sigma: 1.4,
  minBytes: 150,
  maxBytes: 300_000,
} as const;

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random(); // in (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** One article's target plain text size in bytes. */
export function sampleArticleBytes(random: Random): number {
  const { medianBytes, sigma, minBytes, maxBytes } = articleLengthModel;
  const bytes = Math.round(medianBytes * Math.exp(sigma * normal(random)));
  return Math.min(maxBytes, Math.max(minBytes, bytes));
}

export interface LengthSummary {
  readonly count: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly total: number;
}

/** Nearest-rank percentiles, the largest and the sum of a list of sizes. */
export function summarizeLengths(sizes: ArrayLike<number>): LengthSummary {
  const sorted = Array.from(sizes).sort((a, b) => a - b);
  return {
    count: sorted.length,
    p10: percentile(sorted, 10),
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    total: sorted.reduce((sum, n) => sum + n, 0),
  };
}
