/**
 * Reading position math: how far the reading line is into a section, and
 * where to scroll to put it there again. Positions are document pixels.
 */

/** A section's extent on the page: from its heading to the next heading (or the end of the article). */
export interface Region {
  readonly top: number;
  readonly bottom: number;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** How far (0..1) the line `y` is into `region`; 0 above it, 1 below it. */
export function progressAt(region: Region, y: number): number {
  const height = region.bottom - region.top;
  if (height <= 0) return 0;
  // Four decimals: under a pixel in a section of 10,000, and a still page writes the same value twice.
  return Math.round(clamp01((y - region.top) / height) * 10_000) / 10_000;
}

/** The line `y` that is `progress` of the way into `region`. */
export function lineAt(region: Region, progress: number): number {
  return region.top + clamp01(progress) * Math.max(0, region.bottom - region.top);
}
