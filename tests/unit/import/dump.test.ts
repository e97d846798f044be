import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import { articleSchema } from '../../../common/article.js';
import type { ImportItem } from '../../../main/import/types.js';
import { fileInput, readAll } from './dumpInput.js';

const sample = fileURLToPath(new URL('../../fixtures/import/dump/thwiki-sample.xml', import.meta.url));

describe('readDump on a hand-written Thai Wikipedia export', () => {
  let items: ImportItem[] = [];
  const article = (title: string): Article => {
    const item = items.find((i) => i.kind === 'article' && i.article.title === title);
    if (item?.kind !== 'article') throw new Error(`no article ${title}`);
    return item.article;
  };

  beforeAll(async () => {
    const read = await readAll(fileInput(sample));
    expect(read.error).toBeUndefined();
    items = read.items;
  });

  it('hands on the main-namespace pages in order, and passes over the template and talk pages', () => {
    const names = items.map((i) => {
      if (i.kind === 'article') return `article ${i.article.title}`;
      return i.kind === 'redirect' ? `redirect ${i.from}` : `skipped ${String(i.title)}`;
    });
    expect(names).toEqual([
      'article กรุงเทพมหานคร',
      'redirect กรุงเทพ',
      'redirect Bangkok',
      'article เชียงใหม่',
      'skipped ลำปาง',
    ]);
  });

  it('gives every article a valid shape, its id from its title and the dump root’s language', () => {
    for (const item of items) if (item.kind === 'article') expect(articleSchema.parse(item.article)).toEqual(item.article);
    const bangkok = article('กรุงเทพมหานคร');
    expect(bangkok.id).toBe('กรุงเทพมหานคร');
    expect(bangkok.lang).toBe('th');
  });

  it('reads the lead: bold dropped, links with their targets, refs numbered as Wikipedia numbers them, citation needed', () => {
    // Ref 1 sits in the infobox, which is dropped: the first ref in the text is [2], as on Wikipedia.
    expect(article('กรุงเทพมหานคร').lead).toEqual([
      {
        runs: [
          { text: 'กรุงเทพมหานคร เป็น' },
          { text: 'เมืองหลวง', link: 'เมืองหลวง' },
          { text: 'ของ' },
          { text: 'ไทย', link: 'ประเทศไทย' },
          { cite: '2' },
          { text: ' ตั้งอยู่ริม' },
          { text: 'แม่น้ำเจ้าพระยา', link: 'แม่น้ำเจ้าพระยา' },
          { text: ' มีประชากรมากที่สุดในประเทศ' },
          { citationNeeded: true },
        ],
      },
      // The embedding controls around the Arabic word go; the left-to-right mark (&lrm;) stays.
      { runs: [{ text: 'ชื่อในภาษาอาหรับคือ بانكوك และในภาษาฮีบรูคือ בנגקוק\u200E' }, { cite: '3' }] },
    ]);
  });

  it('gives named refs used again the number of their first use', () => {
    const history = article('กรุงเทพมหานคร').sections[0];
    expect(history?.paragraphs).toEqual([
      {
        runs: [
          { text: 'กรุงเทพมหานครสถาปนาเมื่อ พ.ศ. 2325' },
          { cite: '2' },
          { text: ' โดย' },
          { text: 'พระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช', link: 'พระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช' },
          { cite: '4' },
          { citationNeeded: true },
        ],
      },
    ]);
    expect(article('กรุงเทพมหานคร').sections[2]?.paragraphs).toEqual([
      { runs: [{ text: 'ชาวไทยเรียกว่า "กรุงเทพฯ"' }, { cite: '3' }] },
    ]);
  });

  it('keeps every heading with its level (h5 counted as h4) and a unique id, the References heading included', () => {
    expect(article('กรุงเทพมหานคร').sections.map((s) => [s.id, s.heading, s.level])).toEqual([
      ['ประวัติ', 'ประวัติ', 2],
      ['ชื่อเมือง', 'ชื่อเมือง', 3],
      ['ชื่อย่อ', 'ชื่อย่อ', 4],
      ['ชื่อเล่น', 'ชื่อเล่น', 4],
      ['เขตการปกครอง', 'เขตการปกครอง', 2],
      ['อ้างอิง', 'อ้างอิง', 2],
    ]);
    expect(article('กรุงเทพมหานคร').sections.at(-1)?.paragraphs).toEqual([]);
    expect(article('กรุงเทพมหานคร').hasReferenceList).toBe(true);
  });

  it('shows links to categories and other wikis as their text, and drops language links, files and the infobox', () => {
    const sections = article('กรุงเทพมหานคร').sections;
    expect(sections[1]?.paragraphs).toEqual([{ runs: [{ text: 'ชื่อเต็มของเมืองยาวที่สุดในโลก ดู หมวดหมู่:ชื่อเมือง และ' }] }]);
    expect(sections[3]?.paragraphs).toEqual([{ runs: [{ text: 'ชาวต่างชาติเรียกว่า Bangkok' }] }]);
    const allText = JSON.stringify(article('กรุงเทพมหานคร'));
    expect(allText).not.toContain('Bangkok skyline');
    expect(allText).not.toContain('ทิวทัศน์');
    expect(allText).not.toContain('bangkok.go.th');
  });

  it('turns nested lists into flat items with their kind and depth, and drops the table', () => {
    expect(article('กรุงเทพมหานคร').sections[4]?.paragraphs).toEqual([
      { runs: [{ text: 'กรุงเทพมหานครแบ่งออกเป็น 50 เขต:' }] },
      { runs: [{ text: 'เขตพระนคร', link: 'เขตพระนคร' }], item: { ordered: false, depth: 1 } },
      { runs: [{ text: 'พระบรมมหาราชวัง', link: 'พระบรมมหาราชวัง' }], item: { ordered: false, depth: 2 } },
      { runs: [{ text: 'วัดพระแก้ว' }], item: { ordered: false, depth: 2 } },
      { runs: [{ text: 'บางรัก', link: 'เขตบางรัก' }], item: { ordered: false, depth: 1 } },
      { runs: [{ text: 'ฝั่งพระนคร' }], item: { ordered: true, depth: 1 } },
      { runs: [{ text: 'ชั้นใน' }], item: { ordered: false, depth: 2 } },
      { runs: [{ text: 'ฝั่งธนบุรี' }], item: { ordered: true, depth: 1 } },
      { runs: [{ text: 'ท้ายตาราง มี' }, { text: 'ถนน', link: 'ถนน' }, { text: 'มากมาย' }] },
    ]);
  });

  it('turns both redirect forms into redirects, without the target’s section', () => {
    expect(items.filter((i) => i.kind === 'redirect')).toEqual([
      { kind: 'redirect', from: 'กรุงเทพ', to: 'กรุงเทพมหานคร' },
      { kind: 'redirect', from: 'Bangkok', to: 'กรุงเทพมหานคร' },
    ]);
  });

  it('reads the last of several revisions, with a group ref, files dropped and an indented line as text', () => {
    expect(article('เชียงใหม่')).toEqual({
      id: 'เชียงใหม่',
      title: 'เชียงใหม่',
      lang: 'th',
      lead: [
        {
          runs: [
            { text: 'เชียงใหม่ เป็นเมืองใน' },
            { text: 'ภาคเหนือ', link: 'ภาคเหนือ (ประเทศไทย)' },
            { text: ' ก่อตั้งโดย' },
            { text: 'พญามังราย', link: 'พญามังราย' },
            { cite: 'หมายเหตุ 1' },
          ],
        },
        { runs: [{ text: 'ดูเพิ่ม ' }, { text: 'ดอยสุเทพ', link: 'ดอยสุเทพ' }] },
      ],
      sections: [],
      hasReferenceList: true,
    });
  });

  it('skips a page with no text, naming it by its title without bidi controls', () => {
    expect(items.at(-1)).toEqual({ kind: 'skipped', title: 'ลำปาง', reason: 'the page has no text' });
  });
});
