/**
 * Seeded randomness for the bench: the same seed always gives the same corpus and queries.
 */

/** A random source answering floats in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty array. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty array');
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Draws ranks 0..n-1 with P(rank r) ∝ 1/(r+1)^s, by binary search in the cumulative
 * weights: word frequencies in natural text follow this law with s close to 1.
 */
export function zipfSampler(random: Random, n: number, s = 1): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, s);
    cumulative[r] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
