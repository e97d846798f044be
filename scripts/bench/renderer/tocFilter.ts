/**
 * How long filtering a 500-heading TOC takes per keystroke, alone (no
 * rendering): `npm run bench:toc-filter`.
 * Types Thai and Latin queries one character at a time over an outline of 125
 * sections, each with two subsections and a sub-subsection, first with the
 * headings not yet folded (the first keystroke in an article), then again.
 * scripts/bench/tocTyping.ts measures the whole keystroke in Chromium.
 * Not a test: timings depend on the machine.
 */
import type { Section } from '../../../common/article';
import { filterOutline } from '../../../renderer/features/toc/filter';
import { sectionOutline } from '../../../renderer/features/toc/outline';

const parts = 125;
const queries = ['สมัยโบราณของภาคที่ 12', 'เศรษฐกิจ', 'Economy of part 7'];
const rounds = 200;

function headings(): Section[] {
  const section = (id: string, heading: string, level: 2 | 3 | 4): Section => ({ id, heading, level, paragraphs: [] });
  return Array.from({ length: parts }, (_, i) => [
    section(`p${i}`, `ภาคที่ ${i + 1}`, 2),
    section(`h${i}`, `ประวัติและสมัยโบราณของภาคที่ ${i + 1}`, 3),
    section(`a${i}`, `สมัยโบราณของภาคที่ ${i + 1} (Ancient history)`, 4),
    section(`e${i}`, `เศรษฐกิจภาคที่ ${i + 1} — Economy of part ${i + 1}`, 3),
  ]).flat();
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${sorted.at(-1)!.toFixed(3)} ms`;
};

const sections = headings();
console.log(`filterOutline over ${sections.length} headings, per keystroke (no rendering)`);
for (const query of queries) {
  const prefixes = Array.from({ length: Array.from(query).length }, (_, n) => Array.from(query).slice(0, n + 1).join(''));
  // Fresh sections: their folded headings are not cached yet.
  const outline = sectionOutline(headings());
  const cold = time(() => filterOutline(outline, prefixes[0]!));
  const warm: number[] = [];
  for (let round = 0; round < rounds; round++) for (const prefix of prefixes) warm.push(time(() => filterOutline(outline, prefix)));
  const last = filterOutline(outline, query);
  console.log(
    `"${query}": first keystroke ${cold.toFixed(3)} ms (folds every heading); then ${stats(warm)} over ${warm.length} keystrokes; ${last?.matchCount ?? 0} matches`,
  );
}
