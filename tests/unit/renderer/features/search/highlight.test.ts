import { describe, expect, it } from 'vitest';
import type { Article, Run } from '../../../../../common/article';
import { marksIn, marksPerRun, segmentText, usableMatches } from '../../../../../renderer/features/search/highlight';

// Renderer tests compile with the renderer's settings (DOM, no Node), so they bring their own data.
const sampleArticle: Article = {
  id: 'sample',
  title: 'บทความตัวอย่าง',
  lang: 'th',
  lead: [{ runs: [{ text: 'ย่อหน้านำ' }] }],
  sections: [{ id: 'ประวัติ', heading: 'ประวัติ', level: 2, paragraphs: [{ runs: [{ text: 'ข้อความ' }, { cite: '1' }] }] }],
  hasReferenceList: false,
};

describe('marksPerRun', () => {
  it('cuts a mark that spans a citation into two pieces of one match, and gives the citation none', () => {
    const runs: Run[] = [{ text: 'abc' }, { cite: '1' }, { text: 'def' }];
    expect(marksPerRun(runs, [{ start: 1, end: 5, match: 0 }])).toEqual([
      [{ start: 1, end: 3, match: 0 }],
      [],
      [{ start: 0, end: 2, match: 0 }],
    ]);
  });
});

describe('segmentText', () => {
  it('alternates plain and marked text, covering it all', () => {
    const segments = segmentText('รัฐบาลรัสเซียมี', [{ start: 6, end: 13, match: 2 }]);
    expect(segments).toEqual([
      { text: 'รัฐบาล', match: null },
      { text: 'รัสเซีย', match: 2 },
      { text: 'มี', match: null },
    ]);
  });
});

describe('usableMatches', () => {
  it('keeps fitting matches in document order, heading first, and drops overlaps and matches past the text', () => {
    const sectionId = 'ประวัติ';
    const matches = usableMatches(sampleArticle, sectionId, [
      { paragraph: 0, start: 2, end: 4 },
      { paragraph: null, start: 0, end: 3 },
      { paragraph: 0, start: 3, end: 5 },
      { paragraph: 0, start: 0, end: 99 },
      { paragraph: 7, start: 0, end: 1 },
    ]);
    expect(matches).toEqual([
      { paragraph: null, start: 0, end: 3 },
      { paragraph: 0, start: 2, end: 4 },
    ]);
    expect(marksIn(matches, 0)).toEqual([{ start: 2, end: 4, match: 1 }]);
  });

  it('answers none for a section the article lacks', () => {
    expect(usableMatches(sampleArticle, 'gone', [{ paragraph: 0, start: 0, end: 1 }])).toEqual([]);
  });
});
