import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../scripts/bench/child.js';
import { latencyStats, percentile } from '../../../scripts/bench/stats.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples', () => {
    expect(latencyStats([3, 1, 2, 4])).toEqual({ samples: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
  });
});

describe('failureReason', () => {
  const base = { status: 1, signal: null, stderr: '' };

  it('names a timeout, an out-of-memory death and the OOM killer', () => {
    const timeout = Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' });
    expect(failureReason({ ...base, status: null, signal: 'SIGKILL', error: timeout }, 240_000)).toBe('timeout after 240 s');
    expect(failureReason({ ...base, stderr: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' }, 1)).toBe(
      'out of memory (heap out of memory)',
    );
    expect(failureReason({ ...base, stderr: 'RangeError: Invalid string length' }, 1)).toBe('out of memory (Invalid string length)');
    expect(failureReason({ ...base, status: null, signal: 'SIGKILL' }, 1)).toMatch(/OOM killer/);
  });

  it('otherwise answers the last line the child wrote', () => {
    expect(failureReason({ ...base, stderr: 'warming up\nError: no such engine\n' }, 1)).toBe('Error: no such engine');
  });
});
