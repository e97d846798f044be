/**
 * The import's progress bar on stderr: articles, articles/s, ETA (from the
 * bytes read), the current title, on one line redrawn in place; plain lines
 * every five seconds (and at the end) when stderr is not a terminal.
 */
import type { ImportProblem } from '../../common/imports.js';
import type { ImportProgress } from '../../main/import/run.js';

const width = 24;

export class ProgressBar {
  readonly problems: ImportProblem[] = [];
  private readonly started = performance.now();
  private lastPlain = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private lastLine = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly terminal = process.stderr.isTTY === true,
  ) {}

  update(progress: ImportProgress): void {
    this.problems.push(...progress.problems);
    const line = progressLine(progress, (performance.now() - this.started) / 1000);
    this.lastLine = line;
    if (this.terminal) {
      this.write(`\r\x1b[2K${line}`);
      this.drawn = true;
    } else if (performance.now() - this.lastPlain >= 5000) {
      this.lastPlain = performance.now();
      this.write(`${line}\n`);
    }
  }

  /** Ends the bar's line; where stderr is no terminal, writes the last figures once more. */
  end(): void {
    if (this.drawn) this.write('\n');
    else if (this.lastLine !== '') this.write(`${this.lastLine}\n`);
  }
}

/** One line: bar, percent, articles, rate, ETA and the title being read. */
export function progressLine(progress: ImportProgress, seconds: number): string {
  const articles = progress.imported + progress.updated + progress.unchanged;
  const share = progress.bytesTotal > 0 ? Math.min(1, progress.bytesRead / progress.bytesTotal) : 0;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? articles / seconds : 0;
  const eta = share > 0 && share < 1 ? (seconds / share) * (1 - share) : 0;
  const title = progress.currentTitle ? `  ${progress.currentTitle.slice(0, 40)}` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${articles} articles  ${rate.toFixed(0)}/s  ETA ${formatDuration(eta)}${title}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
