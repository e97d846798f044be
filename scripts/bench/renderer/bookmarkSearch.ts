/**
 * `npm run bench:bookmark-search`: the search box's
 * bookmarks and notes (renderer/features/search/bookmarkSearch.ts) over as
 * many bookmarks as Aksorn keeps (limits.bookmarks), each with a Thai note,
 * some named and some quoting a passage. Prints how long folding the list
 * takes (all of it for the first search, then what changed) and how long one
 * query takes (once per answer the box shows). A measurement, not a test.
 */
import type { ResolvedBookmark } from '../../../common/bookmarks';
import { limits } from '../../../common/limits';
import { searchableBookmarks, searchBookmarks } from '../../../renderer/features/search/bookmarkSearch';

const count = limits.bookmarks;
const formatMs = (ms: number | undefined) => `${(ms ?? NaN).toFixed(2)} ms`;
const words = ['ประวัติศาสตร์', 'การเมือง', 'เศรษฐกิจ', 'วัฒนธรรม', 'อ่านต่อ', 'สำคัญ', 'กรุงเทพ', 'เชียงใหม่', 'ภาษา', 'ศาสนา', 'Bangkok', 'Café'];
// A fixed sequence, so that two runs measure the same list.
let state = 12345;
// The high bits: an LCG's low bits repeat with a short period.
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) >>> 16;
const sentence = (length: number) => Array.from({ length }, () => words[next() % words.length]).join(next() % 3 === 0 ? ' ' : '');

const bookmarks: ResolvedBookmark[] = Array.from({ length: count }, (_, i) => {
  const quote = i % 4 === 0 ? sentence(6) : null;
  const name = i % 5 === 0 ? sentence(2) : '';
  return {
    id: `b${i}`,
    kind: quote === null ? 'section' : 'passage',
    anchor: { articleId: `a${i % 500}`, sectionId: 's', paragraph: quote === null ? null : 0, quote: quote === null ? null : { text: quote, prefix: '', suffix: '' }, context: '' },
    name,
    note: sentence(20),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    status: 'ok',
    target: { sectionId: 's', paragraph: null, start: null, end: null },
    label: name || 'หัวข้อของส่วน',
    articleTitle: `บทความที่ ${i % 500}`,
    articleMissing: false,
    sectionHeading: 'หัวข้อของส่วน',
    order: [i],
  };
});

const time = <T>(work: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
};

const folded = time(() => searchableBookmarks(bookmarks));
const again = time(() => searchableBookmarks([...bookmarks.slice(1), { ...bookmarks[0]!, note: 'แก้แล้ว' }]));
const notes = bookmarks.reduce((sum, b) => sum + b.note.length, 0);
console.log(`${count} bookmarks, notes of ${Math.round(notes / count)} characters on average`);
console.log(`folding the list (the first search): ${formatMs(folded.ms)}; after one bookmark changed: ${formatMs(again.ms)}`);
for (const query of ['ส', 'สำคัญ', 'อ่านต่อ กรุงเทพ', 'cafe', 'ไม่มีคำนี้', 'ประวัติศาสตร์การเมือง']) {
  // Warm, then the median of 21 runs.
  const runs = Array.from({ length: 22 }, () => time(() => searchBookmarks(folded.value, query, { articleId: null, limit: 20 })));
  const sorted = runs.slice(1).map((run) => run.ms).sort((a, b) => a - b);
  const { total } = runs[0]!.value;
  console.log(`${JSON.stringify(query).padEnd(26)} ${String(total).padStart(6)} found   median ${formatMs(sorted[10])}   max ${formatMs(sorted.at(-1))}`);
}
