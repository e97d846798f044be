import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/article.js';
import { itemOfPage } from '../../../main/import/dump/page.js';
import { maxPageTextBytes, type DumpPage, type DumpSite } from '../../../main/import/dump/xml.js';
import type { ImportItem } from '../../../main/import/types.js';
import { plain } from './dumpInput.js';

const thaiSite: DumpSite = { lang: 'th', namespaces: new Map([['พูดคุย', 1], ['แม่แบบ', 10]]) };

function pageOf(text: string | undefined, over: Partial<DumpPage> = {}): DumpPage {
  return {
    title: 'หน้าทดสอบ',
    ns: 0,
    redirect: undefined,
    text,
    textBytes: text === undefined ? 0 : Buffer.byteLength(text),
    site: thaiSite,
    ...over,
  };
}

function itemOf(text: string | undefined, over: Partial<DumpPage> = {}): ImportItem | undefined {
  return itemOfPage(pageOf(text, over));
}

function articleOf(text: string, over: Partial<DumpPage> = {}): Article {
  const item = itemOf(text, over);
  if (item?.kind !== 'article') throw new Error(`not an article: ${JSON.stringify(item)}`);
  return item.article;
}

describe('refs and citation needed', () => {
  it('numbers refs in page order, a named ref keeping its first number even when defined later', () => {
    const article = articleOf(
      'ก<ref name=a/> ข<ref>หนังสือ</ref> ค<ref name="a">นิยาม</ref> ง<ref name=\'b\' /> จ<ref name="a" />',
    );
    expect(article.lead[0]?.runs).toEqual([
      { text: 'ก' }, { cite: '1' }, { text: ' ข' }, { cite: '2' }, { text: ' ค' }, { cite: '1' },
      { text: ' ง' }, { cite: '3' }, { text: ' จ' }, { cite: '1' },
    ]);
    expect(article.hasReferenceList).toBe(true);
  });

  it('numbers each ref group on its own, labelled with the group', () => {
    const article = articleOf('ก<ref group="หมายเหตุ">ก</ref> ข<ref>ข</ref> ค<ref group=หมายเหตุ>ค</ref>');
    expect(article.lead[0]?.runs).toEqual([
      { text: 'ก' }, { cite: 'หมายเหตุ 1' }, { text: ' ข' }, { cite: '1' }, { text: ' ค' }, { cite: 'หมายเหตุ 2' },
    ]);
  });

  it('does not number the list-defined refs inside <references>…</references>', () => {
    const article = articleOf('ก<ref name="x" />\n\n== อ้างอิง ==\n<references>\n<ref name="x">นิยาม</ref>\n<ref name="y">อื่น</ref>\n</references>');
    expect(article.lead[0]?.runs).toEqual([{ text: 'ก' }, { cite: '1' }]);
    expect(article.sections).toEqual([{ id: 'อ้างอิง', heading: 'อ้างอิง', level: 2, paragraphs: [] }]);
  });

  it.each([
    ['{{ต้องการอ้างอิง}}'],
    ['{{ต้องการอ้างอิง|date=มีนาคม 2567}}'],
    ['{{Citation needed|date={{CURRENTMONTH}}}}'],
    ['{{citation_needed}}'],
    ['{{cn}}'],
    ['{{Fact}}'],
    ['{{แม่แบบ:ต้องการอ้างอิง}}'],
  ])('marks %s as citation needed, where it stood', (template) => {
    expect(articleOf(`ข้อความ${template} ต่อ`).lead[0]?.runs).toEqual([
      { text: 'ข้อความ' }, { citationNeeded: true }, { text: ' ต่อ' },
    ]);
  });

  it('says whether the page has a reference list: refs, <references/> or a reflist template', () => {
    expect(articleOf('ข้อความ').hasReferenceList).toBe(false);
    expect(articleOf('ข้อความ\n== อ้างอิง ==\n<references />').hasReferenceList).toBe(true);
    expect(articleOf('ข้อความ\n== อ้างอิง ==\n{{Reflist|2}}').hasReferenceList).toBe(true);
    expect(articleOf('ข้อความ\n== อ้างอิง ==\n{{รายการอ้างอิง}}').hasReferenceList).toBe(true);
  });

  it('keeps an empty English References heading, which wtf alone would drop', () => {
    const article = articleOf('Text.<ref>x</ref>\n\n== References ==\n{{reflist}}\n\n== See also ==\n* [[Bangkok]]');
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([['References', 0], ['See also', 1]]);
  });
});

describe('links', () => {
  it('keeps main-namespace links with their targets, piped or not, without the #section', () => {
    expect(articleOf('[[ประเทศไทย]] และ[[กรุงเทพมหานคร|กรุงเทพฯ]] กับ[[สุโขทัย#ประวัติ|ประวัติสุโขทัย]]').lead[0]?.runs).toEqual([
      { text: 'ประเทศไทย', link: 'ประเทศไทย' },
      { text: ' และ' },
      { text: 'กรุงเทพฯ', link: 'กรุงเทพมหานคร' },
      { text: ' กับ' },
      { text: 'ประวัติสุโขทัย', link: 'สุโขทัย' },
    ]);
  });

  it('puts a link on its own words, not on the same word met earlier as plain text', () => {
    expect(articleOf('ไทย คือ [[ไทย]] ไทย').lead[0]?.runs).toEqual([
      { text: 'ไทย คือ ' },
      { text: 'ไทย', link: 'ไทย' },
      { text: ' ไทย' },
    ]);
  });

  it('shows links to other namespaces and wikis, and external links, as plain text', () => {
    const article = articleOf(
      'ดู [[:หมวดหมู่:เมือง]] [[แม่แบบ:กล่องข้อมูล]] [[วิกิพีเดีย:นโยบาย|นโยบาย]] [[wikt:คำ|คำ]] [[:en:Bangkok|Bangkok]] [http://example.org เว็บ]',
    );
    expect(article.lead[0]?.runs).toEqual([{ text: 'ดู หมวดหมู่:เมือง แม่แบบ:กล่องข้อมูล นโยบาย คำ Bangkok เว็บ' }]);
  });

  it('drops files (every prefix), categories and language links, captions and all', () => {
    const article = articleOf(
      'ก [[File:A.jpg|thumb|ภาพ [[ข]]]] [[ไฟล์:B.png|ขวา]] [[ภาพ:C.jpg|thumb|ค]] [[Image:D.jpg]] ง\n[[หมวดหมู่:ทดสอบ]]\n[[Category:Test|sort]]\n[[en:Test]]',
    );
    expect(article.lead).toEqual([{ runs: [{ text: 'ก ง' }] }]);
  });
});

describe('headings and sections', () => {
  it('maps == to h2, === to h3, ==== and deeper to h4, with unique ids', () => {
    const article = articleOf('นำ\n== ก ==\n1\n=== ข ===\n2\n==== ค ====\n3\n===== ง =====\n4\n====== จ ======\n5\n== ก ==\n6');
    expect(article.sections.map((s) => [s.id, s.heading, s.level, plain(s.paragraphs[0])])).toEqual([
      ['ก', 'ก', 2, '1'],
      ['ข', 'ข', 3, '2'],
      ['ค', 'ค', 4, '3'],
      ['ง', 'ง', 4, '4'],
      ['จ', 'จ', 4, '5'],
      ['ก-2', 'ก', 2, '6'],
    ]);
    expect(article.lead).toEqual([{ runs: [{ text: 'นำ' }] }]);
  });

  it('has an empty lead when the page opens with a heading, and keeps headings with nothing under them', () => {
    const article = articleOf('== ก ==\n== ข ==\nข้อความ');
    expect(article.lead).toEqual([]);
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([['ก', 0], ['ข', 1]]);
  });

  it('drops bidi controls and marks from headings, and scoped controls (not marks) from text', () => {
    const article = articleOf('== \u202Bชื่อ\u202C\u200F ==\nคำ \u2067عربي\u2069 \u200Fคำ');
    expect(article.sections[0]?.heading).toBe('ชื่อ');
    expect(article.sections[0]?.paragraphs).toEqual([{ runs: [{ text: 'คำ عربي \u200Fคำ' }] }]);
  });
});

describe('lists', () => {
  it('turns *, #, their nesting and mixes into items of the right kind and depth', () => {
    const article = articleOf('นำ\n* ก\n** ข\n*** ค\n# หนึ่ง\n## สอง\n#* จุด\n*# ลำดับ\n******** ลึก');
    expect(article.lead.map((p) => [plain(p), p.item])).toEqual([
      ['นำ', undefined],
      ['ก', { ordered: false, depth: 1 }],
      ['ข', { ordered: false, depth: 2 }],
      ['ค', { ordered: false, depth: 3 }],
      ['หนึ่ง', { ordered: true, depth: 1 }],
      ['สอง', { ordered: true, depth: 2 }],
      ['จุด', { ordered: false, depth: 2 }],
      ['ลำดับ', { ordered: true, depth: 2 }],
      ['ลึก', { ordered: false, depth: 6 }],
    ]);
  });

  it('keeps links and cites inside items, and indented and term lines as plain paragraphs', () => {
    const article = articleOf('* [[ก|กอ]] ไก่<ref>x</ref>\n: เยื้อง\n; คำ');
    expect(article.lead).toEqual([
      { runs: [{ text: 'กอ', link: 'ก' }, { text: ' ไก่' }, { cite: '1' }], item: { ordered: false, depth: 1 } },
      { runs: [{ text: 'เยื้อง' }] },
      { runs: [{ text: 'คำ' }] },
    ]);
  });
});

describe('what is left out', () => {
  it('drops tables, nested ones too, and keeps the text around them', () => {
    const article = articleOf('ก่อน\n{| class="wikitable"\n| ก || {{lang|en|x}}\n|-\n|\n{|\n| ใน\n|}\n| หลัง\n|}\nหลังตาราง');
    expect(article.lead.map(plain)).toEqual(['ก่อน หลังตาราง']);
  });

  it('drops infoboxes and unknown templates, and renders the templates wtf knows as text', () => {
    const article = articleOf('{{Infobox settlement\n| name = X\n| population = 5\n}}\n{{กล่องข้อมูล บุคคล|ชื่อ=ก}}\nคำ {{lang|en|Siam}} {{ไม่รู้จัก|ค่า}} ท้าย');
    expect(article.lead.map(plain)).toEqual(['คำ Siam ท้าย']);
  });

  it('drops comments, and everything after a comment left open', () => {
    expect(articleOf('ก<!-- ซ่อน -->ข\n\nค<!-- ไม่ปิด\n\nง').lead.map(plain)).toEqual(['กข', 'ค']);
  });

  it('decodes the character references wikitext keeps', () => {
    expect(plain(articleOf('5&times;3 &#91;1&#93; &hellip; &lrm;ก').lead[0])).toBe('5×3 [1] … \u200Eก');
  });

  it('removes private-use characters from the wikitext, so none can pose as a mark', () => {
    expect(articleOf('ก\uE000ข\uE100ค').lead).toEqual([{ runs: [{ text: 'กขค' }] }]);
  });
});

describe('language', () => {
  it('takes the dump’s language, else the script’s', () => {
    expect(articleOf('Some English text').lang).toBe('th');
    const noLang: DumpSite = { lang: undefined, namespaces: new Map() };
    expect(articleOf('ข้อความภาษาไทย', { site: noLang }).lang).toBe('th');
    expect(articleOf('Some English text', { site: noLang }).lang).toBe('und');
  });
});

describe('redirects', () => {
  it.each([
    ['#REDIRECT [[กรุงเทพมหานคร]]', 'กรุงเทพมหานคร'],
    ['#redirect:[[กรุงเทพมหานคร#ประวัติ]]', 'กรุงเทพมหานคร'],
    ['  #เปลี่ยนทาง [[ กรุงเทพมหานคร | x]]\n[[หมวดหมู่:หน้าเปลี่ยนทาง]]', 'กรุงเทพมหานคร'],
    ['#REDIRECT [[:กรุงเทพมหานคร]]', 'กรุงเทพมหานคร'],
  ])('reads %j as a redirect to %s', (text, to) => {
    expect(itemOf(text)).toEqual({ kind: 'redirect', from: 'หน้าทดสอบ', to });
  });

  it('takes the dump’s <redirect title> when there is one', () => {
    expect(itemOf('ข้อความ', { redirect: 'ปลายทาง' })).toEqual({ kind: 'redirect', from: 'หน้าทดสอบ', to: 'ปลายทาง' });
  });

  it('skips a redirect to nowhere', () => {
    expect(itemOf('#REDIRECT [[#ส่วน]]')).toEqual({ kind: 'skipped', title: 'หน้าทดสอบ', reason: 'a redirect without a target page' });
  });

  it('does not take a "#REDIRECT" later in the text for a redirect', () => {
    expect(itemOf('ข้อความ\n#REDIRECT [[ก]]')?.kind).toBe('article');
  });
});

describe('pages passed over or skipped', () => {
  it('passes over other namespaces, by <ns> or, without it, by the title’s prefix', () => {
    expect(itemOf('ข้อความ', { ns: 1 })).toBeUndefined();
    expect(itemOf('ข้อความ', { ns: undefined, title: 'แม่แบบ:ก' })).toBeUndefined();
    expect(itemOf('ข้อความ', { ns: undefined, title: 'Category:ก' })).toBeUndefined();
    expect(itemOf('ข้อความ', { ns: undefined, title: 'ค.ศ. 1900: ปี' })?.kind).toBe('article');
  });

  it('skips a page without a title, or with one longer than MediaWiki allows', () => {
    expect(itemOf('ข้อความ', { title: ' \u200E ' })).toEqual({ kind: 'skipped', title: null, reason: 'the page has no title' });
    const long = itemOf('ข้อความ', { title: 'ก'.repeat(100) });
    expect(long).toMatchObject({ kind: 'skipped', reason: 'its title is longer than 255 bytes' });
  });

  it('skips a page with no text, blank text, or nothing readable', () => {
    expect(itemOf(undefined)).toEqual({ kind: 'skipped', title: 'หน้าทดสอบ', reason: 'the page has no text' });
    expect(itemOf(' \n ')).toEqual({ kind: 'skipped', title: 'หน้าทดสอบ', reason: 'the page has no text' });
    expect(itemOf('{{กล่องข้อมูล|ก=ข}}\n{|\n| ตาราง\n|}\n[[ไฟล์:ก.jpg]]')).toEqual({
      kind: 'skipped',
      title: 'หน้าทดสอบ',
      reason: 'no readable text (only templates, tables or files)',
    });
  });

  it('skips a page whose text is over the cap (the reader only counted it)', () => {
    expect(itemOf(undefined, { textBytes: maxPageTextBytes + 300_000 })).toEqual({
      kind: 'skipped',
      title: 'หน้าทดสอบ',
      reason: 'its text is 4.3 MiB, more than the 4 MiB a page may have',
    });
  });

  it.each([
    ['a line of 50,000 links', '[[ก|ข]] '.repeat(50_000)],
    ['templates nested 2,000 deep', `ก ${'{{ก|'.repeat(2000)}${'}}'.repeat(2000)}`],
    ['20,000 repeats of one heading', '== ก ==\nข\n'.repeat(20_000)],
    ['10,000 files in one paragraph', '[[ไฟล์:ก.jpg|thumb|ค [[ข]]]]\n'.repeat(10_000)],
  ])('skips, before parsing, a page wtf would take seconds or minutes over: %s', (_, text) => {
    expect(itemOf(text)).toEqual({
      kind: 'skipped',
      title: 'หน้าทดสอบ',
      reason: 'its wikitext is too tangled to parse in reasonable time',
    });
  });
});
