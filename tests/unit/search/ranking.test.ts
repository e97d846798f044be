/** How hits are ordered and what they carry: tiers, prefixes while typing, required terms, limits and match ranges. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import type { SearchHit } from '../../../common/search.js';
import { fold } from '../../../common/fold.js';
import { parseQuery } from '../../../main/search/query.js';
import { seedArticle } from '../../seed.js';
import { idsOf, matchedText, searchOver, sectionIdOf, sectionTexts, seedSearch, type SectionText } from './corpus.js';
import { seedQueries } from './queries.js';

const [delhi, afghanistan, , kazakhstan, tajikistan] = seedArticle.headings.map((heading) => sectionIdOf(heading));

/** One article of sections [id, heading, body]; the infix section comes first, so document order cannot make the test pass. */
function articleOf(sections: readonly (readonly [string, string, string])[]): Article {
  return {
    id: 'ranking',
    title: 'ทดสอบการจัดอันดับ',
    lang: 'th',
    lead: [],
    sections: sections.map(([id, heading, body]) => ({ id, heading, level: 2, paragraphs: [{ runs: [{ text: body }] }] })),
    hasReferenceList: false,
  };
}

describe('ranking tiers', () => {
  it.each([
    {
      query: 'ชาติ',
      sections: [
        // Many infix occurrences, so that term frequency alone would put it first.
        ['infix', 'องค์การระหว่างประเทศ', 'สหประชาชาติประชุม สหประชาชาติลงมติ สหประชาชาติแถลง สหประชาชาติ'],
        ['word', 'วัฒนธรรม', 'ชาติไทยมีประวัติยาวนานและมีวัฒนธรรมหลากหลายในหลายภูมิภาคของประเทศ'],
        ['heading', 'ชาติ', 'เรื่องทั่วไปเกี่ยวกับบ้านเมือง'],
        ['none', 'อื่น ๆ', 'ไม่เกี่ยวข้องเลย'],
      ],
    },
    {
      query: 'ภัย',
      sections: [
        ['infix', 'อาคาร', 'ระบบความปลอดภัยของอาคาร ความปลอดภัย ปลอดภัย ปลอดภัยไว้ก่อน'],
        ['word', 'ธรรมชาติ', 'ภัยพิบัติทางธรรมชาติเกิดขึ้นบ่อยในภูมิภาคนี้และส่งผลต่อผู้คนจำนวนมาก'],
        ['heading', 'ภัยแล้ง', 'ฝนไม่ตกหลายเดือน'],
        ['none', 'อื่น ๆ', 'ไม่เกี่ยวข้องเลย'],
      ],
    },
    {
      query: 'war',
      sections: [
        ['infix', 'Programs', 'software and more software, shareware, freeware, malware'],
        ['word', 'History', 'The war began in the spring of that year and lasted long'],
        ['heading', 'War', 'Armed conflict between states'],
        ['none', 'Other', 'Nothing related'],
      ],
    },
  ] as const)('heading, then whole word, then infix for $query', ({ query, sections }) => {
    const search = searchOver([articleOf(sections)]);
    expect(idsOf(search.search(query).hits)).toEqual(['heading', 'word', 'infix']);
  });
});

describe('the last term is a prefix while typing', () => {
  it.each([
    ['ลาฟร', afghanistan],
    ['ลาฟรอ', afghanistan],
    ['ชิรีนอ', afghanistan],
    ['เบสลั', kazakhstan],
    ['ไฮเดอรา', delhi],
    ['ความมั่นคง ไฮเด', delhi],
  ])('%s finds its section first', (query, id) => {
    const [hit] = seedSearch.search(query).hits;
    expect(hit?.sectionId).toBe(id);
  });
});

describe('every term is required', () => {
  it.each([
    ['ลาฟรอฟ', 'เบสลัน'],
    ['ไฮเดอราบาด', 'ตอลิบาน'],
    ['2007', '20,000'],
    ['มัตวิเยนโก', 'กูรอฟ'],
  ])('%s and %s each find a section, together none', (a, b) => {
    expect(seedSearch.search(a).total).toBeGreaterThan(0);
    expect(seedSearch.search(b).total).toBeGreaterThan(0);
    expect(seedSearch.search(`${a} ${b}`)).toEqual({ hits: [], total: 0 });
  });
});

describe('numbers', () => {
  it.each([
    ['2007', delhi],
    ['20,000', tajikistan],
    ['2006', kazakhstan],
  ])('%s is searchable', (query, id) => {
    expect(idsOf(seedSearch.search(query).hits)).toEqual([id]);
  });
});

describe('limit and total', () => {
  const term = 'รัสเซีย';
  const containing = sectionTexts()
    .filter((section) => [section.heading, ...section.paragraphs].some((text) => text.includes(term)))
    .map((section) => section.sectionId);

  it('total counts every matching section while limit caps the hits', () => {
    expect(containing.length).toBeGreaterThan(3);
    const all = seedSearch.search(term, { limit: 100 });
    expect(all.total).toBe(containing.length);
    expect([...idsOf(all.hits)].sort()).toEqual([...containing].sort());
    for (const limit of [1, 2, 3]) {
      const some = seedSearch.search(term, { limit });
      expect(some.hits).toHaveLength(limit);
      expect(some.total).toBe(containing.length);
      expect(idsOf(some.hits)).toEqual(idsOf(all.hits).slice(0, limit));
    }
  });
});

describe('match ranges', () => {
  const byId = new Map(sectionTexts().map((section) => [section.sectionId, section]));
  const sectionOf = (hit: SearchHit): SectionText => {
    const section = byId.get(hit.sectionId);
    if (!section) throw new Error(`hit names unknown section ${hit.sectionId}`);
    return section;
  };
  const queries = [...seedQueries.map((entry) => entry.query), 'รัสเซีย', 'การ', 'ค.ศ. 2002', 'ต่อต้าน', 'ๆ', 'สหรัฐ'];

  it.each(queries)('ranges of %s point at the needle and the excerpt is one of them', (query) => {
    const needles = parseQuery(query).map((term) => term.needle);
    const { hits } = seedSearch.search(query, { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const section = sectionOf(hit);
      expect(hit.matches.length, hit.sectionId).toBeGreaterThan(0);
      const texts = hit.matches.map((match) => matchedText(section, match));
      for (const text of texts) expect(needles, `${hit.sectionId}: ${JSON.stringify(text)}`).toContain(fold(text));
      // Document order: heading first, then paragraphs, each left to right, never overlapping.
      const order = hit.matches.map((match) => [match.paragraph ?? -1, match.start, match.end] as const);
      order.forEach(([paragraph, start, end], i) => {
        expect(start).toBeLessThan(end);
        const previous = order[i - 1];
        if (previous) expect(paragraph > previous[0] || (paragraph === previous[0] && start >= previous[2]), hit.sectionId).toBe(true);
      });
      expect(texts).toContain(hit.excerpt.match);
    }
  });

  it.each(['รัสเซีย', 'การก่อการร้าย', 'ความมั่นคง', 'อัฟกานิสถาน', 'สหรัฐ'])('every occurrence of %s is marked', (query) => {
    const needle = fold(query);
    for (const hit of seedSearch.search(query, { limit: 100 }).hits) {
      const section = sectionOf(hit);
      const occurrences = [section.heading, ...section.paragraphs].reduce((sum, text) => sum + fold(text).split(needle).length - 1, 0);
      expect(hit.matches, hit.sectionId).toHaveLength(occurrences);
    }
  });
});
