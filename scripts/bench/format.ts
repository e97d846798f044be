/** Number formatting for the tables. */

/** Milliseconds with precision that suits their size: 0.042 ms, 3.71 ms, 215.3 ms, 12.4 s. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

/** Bytes in decimal units (kB, MB, GB), as the targets are written. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  const sign = bytes < 0 ? '-' : '';
  const n = Math.abs(bytes);
  if (n >= 1e9) return `${sign}${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${sign}${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${sign}${(n / 1e3).toFixed(1)} kB`;
  return `${sign}${n} B`;
}

export function formatShare(share: number | undefined): string {
  return share === undefined ? 'n/a' : `${(share * 100).toFixed(0)}%`;
}

/** Pads cells to column widths; the first `leftColumns` are left-aligned, the rest right-aligned. */
export function renderTable(rows: readonly (readonly string[])[], leftColumns = 2): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return i < leftColumns ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n');
}
