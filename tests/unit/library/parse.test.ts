import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Paragraph, Run } from '../../../common/article.js';
import { parseArticle } from '../../../main/library/parse.js';
import { seedArticle } from '../../seed.js';

const seed = readFileSync(new URL(`../../../${seedArticle.path}`, import.meta.url), 'utf8');

function allRuns(article: Article): Run[] {
  const paragraphs: Paragraph[] = [...article.lead, ...article.sections.flatMap((s) => s.paragraphs)];
  return paragraphs.flatMap((p) => [...p.runs]);
}

function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((p) => p.runs.map((r) => ('text' in r ? r.text : '')).join(''));
}

describe('parseArticle on the seed article', () => {
  const article = parseArticle(seed, seedArticle.id);

  it('reads the title, id and language', () => {
    expect(article.title).toBe('ปฏิบัติการต่อต้านการก่อการร้ายระหว่างประเทศของรัสเซีย');
    expect(article.id).toBe('russia-international-counter-terrorism');
    expect(article.lang).toBe('th');
  });

  it('has a one-paragraph lead', () => {
    expect(article.lead).toHaveLength(1);
  });

  it('finds the six headings in order, without the edit word', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(seedArticle.headings);
    for (const section of article.sections) expect(section.heading).not.toMatch(/แก้$/);
  });

  it('gives paragraphs to the first five sections and none to อ้างอิง', () => {
    const counts = article.sections.map((s) => s.paragraphs.length);
    expect(counts.slice(0, 5).every((n) => n > 0)).toBe(true);
    expect(counts[5]).toBe(0);
    expect(article.hasReferenceList).toBe(false);
  });

  it('turns every citation marker into a run', () => {
    const runs = allRuns(article);
    const cites = new Set(runs.flatMap((r) => ('cite' in r ? [r.cite] : [])));
    for (let n = 1; n <= 10; n++) expect(cites.has(String(n))).toBe(true);
    expect(runs.filter((r) => 'citationNeeded' in r)).toHaveLength(1);
    for (const run of runs) if ('text' in run) expect(run.text).not.toMatch(/\[(\d+|ต้องการอ้างอิง)\]/);
  });

  it('never leaves empty or adjacent text runs', () => {
    for (const p of [...article.lead, ...article.sections.flatMap((s) => s.paragraphs)]) {
      p.runs.forEach((run, i) => {
        if (!('text' in run)) return;
        expect(run.text).not.toBe('');
        const next = p.runs[i + 1];
        expect(next !== undefined && 'text' in next).toBe(false);
      });
    }
  });

  it('gives unique ids that are stable across parses', () => {
    const ids = article.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('lead');
    expect(parseArticle(seed, 'x').sections.map((s) => s.id)).toEqual(ids);
    expect(ids[0]).toBe('การประชุมสุดยอดว่าด้วยความมั่นคงเดลี');
  });
});

describe('parseArticle line handling', () => {
  const plain = 'Title\n\nLead one.\n\nPart แก้\n\nBody.\n';

  it.each([
    ['CRLF', plain.replaceAll('\n', '\r\n')],
    ['lone CR', plain.replaceAll('\n', '\r')],
    ['a BOM', `\uFEFF${plain}`],
    ['trailing spaces and tabs', plain.replaceAll('\n', '  \t\n')],
    ['runs of blank lines', plain.replaceAll('\n\n', '\n\n\n\n  \n\n')],
    ['leading blank lines', `\n\n   \n${plain}`],
  ])('tolerates %s', (_name, text) => {
    const article = parseArticle(text, 'a');
    expect(article.title).toBe('Title');
    expect(texts(article.lead)).toEqual(['Lead one.']);
    expect(article.sections).toEqual([{ id: 'part', heading: 'Part', level: 2, paragraphs: [{ runs: [{ text: 'Body.' }] }] }]);
  });

  it('makes each non-blank line one paragraph', () => {
    expect(texts(parseArticle('T\none\ntwo\n\nthree', 'a').lead)).toEqual(['one', 'two', 'three']);
  });

  it('keeps a section with no body', () => {
    const article = parseArticle('T\n\nEmpty แก้\n\nFull แก้\n\ntext', 'a');
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['Empty', 0],
      ['Full', 1],
    ]);
  });

  it('puts everything in the lead when there are no headings', () => {
    const article = parseArticle('T\n\na\n\nb', 'a');
    expect(article.sections).toEqual([]);
    expect(texts(article.lead)).toEqual(['a', 'b']);
  });

  it('answers an empty title for a text with no visible line', () => {
    expect(parseArticle('\n \u200B\n\t\n', 'a').title).toBe('');
  });

  it('normalizes to NFC', () => {
    // "e" + combining acute, and a Thai tone mark typed before its lower vowel.
    const article = parseArticle('Cafe\u0301\n\n\u0E01\u0E48\u0E38 text', 'a');
    expect(article.title).toBe('Caf\u00E9');
    expect(texts(article.lead)).toEqual(['\u0E01\u0E38\u0E48 text']);
  });

  it('answers the given id, and the language of the text', () => {
    const article = parseArticle('ที', 'given-id');
    expect([article.id, article.lang]).toEqual(['given-id', 'th']);
  });
});

describe('parseArticle headings', () => {
  it.each(['แก้', '[แก้]', 'แก้ไข', '[แก้ไข]', 'edit', '[edit]', 'Edit', '[EDIT]', '[ แก้ ]'])(
    'strips the edit word %s',
    (word) => {
      const article = parseArticle(`T\n\nประวัติ ${word}\n\nbody`, 'a');
      expect(article.sections.map((s) => s.heading)).toEqual(['ประวัติ']);
    },
  );

  it('accepts a bracketed edit word glued to the heading', () => {
    expect(parseArticle('T\n\nHistory[edit]\n\nx', 'a').sections[0]?.heading).toBe('History');
  });

  it('does not take a word merely ending in แก้ as an edit link', () => {
    const article = parseArticle('T\n\nวิธีการแก้\n\nHow to beedit\n\nแก้', 'a');
    expect(article.sections).toEqual([]);
    expect(texts(article.lead)).toEqual(['วิธีการแก้', 'How to beedit', 'แก้']);
  });

  it('does not take a cited sentence or a long line as a heading', () => {
    const long = `${'ก'.repeat(201)} แก้`;
    const article = parseArticle(`T\n\nมีปัญหาที่ต้อง[1] แก้\n\n${long}\n\n${'ข'.repeat(200)} แก้`, 'a');
    expect(texts(article.lead)).toEqual(['มีปัญหาที่ต้อง แก้', long]);
    expect(article.sections.map((s) => s.heading)).toEqual(['ข'.repeat(200)]);
  });

  it('has a reference list only when a references section has a body', () => {
    expect(parseArticle('T\n\nอ้างอิง แก้', 'a').hasReferenceList).toBe(false);
    expect(parseArticle('T\n\nอ้างอิง แก้\n\n1. A book', 'a').hasReferenceList).toBe(true);
    expect(parseArticle('T\n\nReferences [edit]\n\n1. A book', 'a').hasReferenceList).toBe(true);
    expect(parseArticle('T\n\nHistory แก้\n\ntext', 'a').hasReferenceList).toBe(false);
  });
});

describe('parseArticle runs', () => {
  function runsOf(line: string): readonly Run[] {
    return parseArticle(`T\n\n${line}`, 'a').lead[0]?.runs ?? [];
  }

  it('turns [n] into cites and merges the text around them', () => {
    expect(runsOf('a[1][2] b [30]')).toEqual([{ text: 'a' }, { cite: '1' }, { cite: '2' }, { text: ' b ' }, { cite: '30' }]);
  });

  it.each(['[ต้องการอ้างอิง]', '[citation needed]', '[Citation Needed]', '[CITATION NEEDED]'])('marks %s', (mark) => {
    expect(runsOf(`claim${mark}.`)).toEqual([{ text: 'claim' }, { citationNeeded: true }, { text: '.' }]);
  });

  it('keeps other brackets as text', () => {
    expect(runsOf('see [a] and [note 1] [] [1a] [[2]]')).toEqual([
      { text: 'see [a] and [note 1] [] [1a] [' },
      { cite: '2' },
      { text: ']' },
    ]);
  });

  it('answers a paragraph of only a marker', () => {
    expect(runsOf('[5]')).toEqual([{ cite: '5' }]);
  });
});

describe('parseArticle section ids', () => {
  function ids(headings: string[]): string[] {
    const text = ['T', ...headings.map((h) => `${h} แก้`)].join('\n\n');
    return parseArticle(text, 'a').sections.map((s) => s.id);
  }

  it('gives duplicate headings unique ids', () => {
    expect(ids(['Notes', 'Notes', 'Notes'])).toEqual(['notes', 'notes-2', 'notes-3']);
    expect(ids(['ประวัติ', 'ประวัติ'])).toEqual(['ประวัติ', 'ประวัติ-2']);
  });

  it('never collides with a heading that looks like a suffix', () => {
    const result = ids(['A', 'A 2', 'A']);
    expect(new Set(result).size).toBe(3);
    expect(result.slice(0, 2)).toEqual(['a', 'a-2']);
  });

  it('reserves "lead"', () => {
    expect(ids(['Lead', 'lead'])).toEqual(['lead-2', 'lead-3']);
  });

  it('slugs Latin to lowercase with dashes and falls back to "section"', () => {
    expect(ids(['See  Also: (2020)!', '!!!', '***'])).toEqual(['see-also-2020', 'section', 'section-2']);
  });

  it('keeps Thai vowel and tone marks', () => {
    const heading = 'ผู้นำ ประเทศ (ไทย)';
    expect(ids([heading])).toEqual(['ผู้นำ-ประเทศ-ไทย']);
    expect(ids(['ก\u0E48\u0E38'])).toEqual(['ก\u0E38\u0E48']);
  });
});

describe('the article language', () => {
  it('comes from the source: the edit link of its headings, else its script', () => {
    expect(parseArticle('ชื่อ\nประวัติ แก้\nข้อความ', 'a').lang).toBe('th');
    expect(parseArticle('Title\nHistory[edit]\nText', 'a').lang).toBe('en');
    expect(parseArticle('ชื่อเรื่อง\nข้อความภาษาไทย', 'a').lang).toBe('th');
    expect(parseArticle('Titre\nDu texte', 'a').lang).toBe('und');
  });
});

describe('bidirectional controls', () => {
  // Embeddings, overrides and isolates act until they are closed.
  const scoped = [
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['PDF', '\u202C'],
    ['LRO', '\u202D'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
  ];
  const marks = [
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ];

  it.each(scoped)('strips %s from the title, headings and paragraphs', (_name, control) => {
    const article = parseArticle(`${control}ชื่อ${control}เรื่อง\n\nหัว${control}ข้อ แก้\n\nข้อ${control}ความ`, 'a');
    expect(article.title).toBe('ชื่อเรื่อง');
    expect(article.sections.map((s) => s.heading)).toEqual(['หัวข้อ']);
    expect(texts(article.sections[0]?.paragraphs ?? [])).toEqual(['ข้อความ']);
  });

  it.each(marks)('strips %s from the title and headings, but keeps it in paragraphs', (_name, mark) => {
    const article = parseArticle(`${mark}ชื่อ${mark}\n\n${mark}หัวข้อ${mark} แก้\n\nשלום${mark} 2550`, 'a');
    expect(article.title).toBe('ชื่อ');
    expect(article.sections.map((s) => [s.id, s.heading])).toEqual([['หัวข้อ', 'หัวข้อ']]);
    expect(texts(article.sections[0]?.paragraphs ?? [])).toEqual([`שלום${mark} 2550`]);
  });

  it('does not take a line of only bidi controls as the title or as a heading', () => {
    const article = parseArticle('\u202E\u200F\nชื่อ\n\n\u2067 แก้\n\nข้อความ', 'a');
    expect(article.title).toBe('ชื่อ');
    expect(article.sections).toEqual([]);
  });
});
