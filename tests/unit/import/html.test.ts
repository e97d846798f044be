import { describe, expect, it } from 'vitest';
import { articleSchema, paragraphText, type Article, type Run } from '../../../common/article.js';
import { parseWikipediaHtml } from '../../../main/import/html/index.js';
import { allParagraphs, allRuns, allText, articleOf, fixture, links, texts } from './html/helpers.js';

const scopedBidiControls = /[\u202A-\u202E\u2066-\u2069]/;

function read(name: string): ReturnType<typeof parseWikipediaHtml> {
  return parseWikipediaHtml(fixture(name), name);
}

function sectionOf(article: Article, heading: string): Article['sections'][number] {
  const section = article.sections.find((s) => s.heading === heading);
  if (section === undefined) throw new Error(`no section ${heading}`);
  return section;
}

function cites(runs: readonly Run[]): string[] {
  return runs.flatMap((run) => ('cite' in run ? [run.cite] : []));
}

/** What every imported article must be, whichever form its page came in. */
function expectCleanArticle(article: Article, absent: readonly string[]): void {
  expect(articleSchema.parse(article)).toEqual(article);
  const text = allText(article);
  for (const word of absent) expect(text).not.toContain(word);
  for (const run of allRuns(article)) {
    if (!('text' in run)) continue;
    expect(run.text).not.toBe('');
    expect(run.text).not.toMatch(/ {2}|[<>]|https?:|\[แก้\]|^แก้$/);
  }
  expect(text).not.toMatch(scopedBidiControls);
}

describe('a page saved from a browser, Vector 2022 skin', () => {
  const items = read('desktop-vector2022.html');
  const article = articleOf(items);

  it('reads the title from the first heading, its id and the content language', () => {
    expect(article.title).toBe('กรุงเทพมหานคร');
    expect(article.id).toBe('กรุงเทพมหานคร');
    expect(article.lang).toBe('th');
  });

  it('yields a redirect from the title it was reached by ("เปลี่ยนทางจาก")', () => {
    expect(items).toContainEqual({ kind: 'redirect', from: 'บางกอก', to: 'กรุงเทพมหานคร' });
    expect(items).toHaveLength(2);
  });

  it('takes the paragraphs before the first heading as the lead', () => {
    expect(texts(article.lead)).toHaveLength(2);
    expect(texts(article.lead)[0]).toMatch(/^กรุงเทพมหานคร เป็นเมืองหลวงและนครที่มีประชากรมากที่สุดของประเทศไทย ตั้งอยู่บน/);
  });

  it('reads h2–h5 headings as levels 2–4, without edit links, with unique ids', () => {
    expect(article.sections.map((s) => [s.heading, s.level])).toEqual([
      ['ประวัติศาสตร์', 2],
      ['สมัยรัตนโกสินทร์', 3],
      ['ประชากร', 3],
      ['ภูมิศาสตร์', 2],
      ['ภูมิอากาศ', 4],
      ['ฤดูฝน', 4],
      ['ประชากร', 2],
      ['อ้างอิง', 2],
      ['แหล่งข้อมูลอื่น', 2],
    ]);
    const ids = article.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('ประชากร'))).toEqual(['ประชากร', 'ประชากร-2']);
  });

  it('reads nested lists as items with their depth and kind', () => {
    const items = sectionOf(article, 'สมัยรัตนโกสินทร์').paragraphs.filter((p) => p.item !== undefined);
    expect(items.map((p) => [paragraphText(p), p.item?.ordered, p.item?.depth])).toEqual([
      ['พ.ศ. 2325 รัชกาลที่ 1 ทรงย้ายราชธานี', true, 1],
      ['สร้างพระบรมมหาราชวัง', false, 2],
      ['เสร็จใน พ.ศ. 2328', false, 3],
      ['ขุดคลองรอบกรุง', false, 2],
      ['พ.ศ. 2475 การเปลี่ยนแปลงการปกครอง', true, 1],
    ]);
  });

  it('reads definition lists and block quotes', () => {
    const paragraphs = sectionOf(article, 'ภูมิศาสตร์').paragraphs;
    expect(paragraphs.filter((p) => p.item).map((p) => [paragraphText(p), p.item?.ordered, p.item?.depth])).toEqual([
      ['ฝั่งพระนคร', false, 1],
      ['เขตชั้นใน เช่น เขตพระนคร', false, 1],
      ['เขตชั้นนอก', false, 1],
      ['เช่น เขตมีนบุรี', false, 2],
    ]);
    expect(texts(paragraphs)).toContain('“กรุงเทพฯ เมืองฟ้าอมร”');
  });

  it('links to articles by their decoded title, fragments dropped, red links included', () => {
    expect(links(article)).toEqual(
      expect.arrayContaining([
        { text: 'เมืองหลวง', link: 'เมืองหลวง' },
        { text: 'ภาคกลาง', link: 'ภาคกลาง (ประเทศไทย)' },
        { text: 'ที่ราบลุ่มแม่น้ำเจ้าพระยา', link: 'ที่ราบลุ่มแม่น้ำเจ้าพระยา' },
        { text: 'ชื่อเดิม', link: 'บางกอก (ชื่อเดิม)' },
      ]),
    );
  });

  it('shows links to files, categories and the web as plain text', () => {
    const history = texts(sectionOf(article, 'ประวัติศาสตร์').paragraphs)[0];
    expect(history).toContain('ภาพประกอบดูที่แผนที่ พ.ศ. 2365 และหมวดหมู่ประวัติศาสตร์');
    expect(texts(article.lead)[1]).toContain('(ดูเว็บไซต์ทางการ)');
    expect(texts(sectionOf(article, 'แหล่งข้อมูลอื่น').paragraphs)).toEqual([
      'เว็บไซต์กรุงเทพมหานคร',
      'Bangkok ในวิกิพีเดียภาษาอังกฤษ',
    ]);
    for (const { link } of links(article)) expect(link).not.toMatch(/^(ไฟล์|หมวดหมู่|วิกิพีเดีย|พิเศษ):|\/\//);
  });

  it('reads citation marks and the citation-needed template', () => {
    const lead = article.lead[0]?.runs ?? [];
    expect(cites(lead)).toEqual(['1', '2']);
    expect(lead.at(-1)).toEqual({ citationNeeded: true });
    expect(cites(sectionOf(article, 'ภูมิศาสตร์').paragraphs[0]?.runs ?? [])).toEqual(['1']);
  });

  it('knows the page has a reference list, and leaves the list out', () => {
    expect(article.hasReferenceList).toBe(true);
    expect(sectionOf(article, 'อ้างอิง').paragraphs).toEqual([]);
  });

  it('keeps Arabic and Hebrew words and their marks, and drops scoped bidi controls', () => {
    const names = texts(article.lead)[1] ?? '';
    expect(names).toContain('ภาษาอาหรับ بانكوك และภาษาฮีบรู בנגקוק\u200E ส่วน');
  });

  it('leaves out the skin, scripts, styles, infobox, navbox, notices, figures, tables and footers', () => {
    expectCleanArticle(article, [
      'RLCONF', 'mw-parser-output', 'infobox', 'ข้ามไปเนื้อหา', 'สุ่มบทความ', 'จากวิกิพีเดีย สารานุกรมเสรี',
      'เมืองหลวงของประเทศไทย', 'บทความนี้เกี่ยวกับนครหลวง', 'ต้องการการอ้างอิงเพิ่มเติม', 'ผู้ว่าราชการ', '5,494,932',
      'วัดอรุณราชวราราม', 'อุณหภูมิเฉลี่ยรายเดือน', '27.0', 'ลิงก์เสีย', 'สำนักงานสถิติแห่งชาติ', 'ข้อมูลทั่วไป',
      'นครหลวงในเอเชียตะวันออกเฉียงใต้', 'จาการ์ตา', 'สืบค้นจาก', 'หน้านี้แก้ไขล่าสุด', 'ต้องการอ้างอิง',
    ]);
  });
});

describe('a page saved from a browser, legacy Vector skin', () => {
  const items = read('desktop-legacy.html');
  const article = articleOf(items);

  it('reads the title, headings from mw-headline and no table of contents', () => {
    expect(items).toHaveLength(1);
    expect(article.title).toBe('ช้างไทย');
    expect(article.sections.map((s) => [s.id, s.heading, s.level])).toEqual([
      ['ลักษณะ', 'ลักษณะ', 2],
      ['ช้างเผือก', 'ช้างเผือก', 3],
      ['ความสำคัญ', 'ความสำคัญ', 2],
      ['อ้างอิง', 'อ้างอิง', 2],
    ]);
  });

  it('resolves absolute links to this wiki, red links too, and leaves other wikis as text', () => {
    expect(links(article)).toEqual([
      { text: 'ช้างเอเชีย', link: 'ช้างเอเชีย' },
      { text: 'สัตว์ประจำชาติ', link: 'สัตว์ประจำชาติ' },
      { text: 'งา', link: 'งา' },
      { text: 'ช้างสีดอ', link: 'ช้างสีดอ' },
      { text: 'พระมหากษัตริย์', link: 'พระมหากษัตริย์ไทย' },
    ]);
    expect(texts(article.lead)[0]).toMatch(/\(อังกฤษ: Asian elephant\)$/);
  });

  it('reads an ordered list nested in an unordered one', () => {
    const items = sectionOf(article, 'ลักษณะ').paragraphs.filter((p) => p.item);
    expect(items.map((p) => [p.item?.ordered, p.item?.depth])).toEqual([
      [false, 1],
      [false, 1],
      [true, 2],
      [true, 2],
    ]);
  });

  it('reads cites and the reference list, and leaves out the thumb, toc and navigation', () => {
    expect(cites(allRuns(article))).toEqual(['1', '2']);
    expect(article.hasReferenceList).toBe(true);
    expectCleanArticle(article, ['ช้างเลี้ยงในจังหวัดสุรินทร์', 'เนื้อหา', 'รายการการนำทาง', 'ล็อกอิน', 'กรมอุทยาน', 'NewPP']);
  });
});

describe('Parsoid HTML from the REST API', () => {
  const article = articleOf(read('parsoid.html'));

  it('reads the title from <title>, the language from the body, and the lead', () => {
    expect(article.title).toBe('แม่น้ำเจ้าพระยา');
    expect(article.id).toBe('แม่น้ำเจ้าพระยา');
    expect(article.lang).toBe('th');
    expect(texts(article.lead)).toHaveLength(2);
  });

  it('reads headings in nested sections at their levels', () => {
    expect(article.sections.map((s) => [s.id, s.level])).toEqual([
      ['ภูมิศาสตร์', 2],
      ['สาขา', 3],
      ['อ้างอิง', 2],
    ]);
  });

  it('reads ./Title links, percent-encoded or not, fragments dropped, red links included', () => {
    expect(links(article)).toEqual(
      expect.arrayContaining([
        { text: 'ประเทศไทย', link: 'ประเทศไทย' },
        { text: 'จังหวัดนครสวรรค์', link: 'จังหวัดนครสวรรค์' },
        { text: 'เขื่อนเก่า', link: 'เขื่อนเจ้าพระยาเก่า' },
      ]),
    );
    expect(texts(article.lead)[1]).toBe('ชาวต่างชาติเรียกแม่น้ำนี้ว่า Menam ดูเขื่อนเก่า และกรมเจ้าท่า รวมถึงบทความภาษาอังกฤษ');
  });

  it('reads mw-ref cites and the citation-needed template', () => {
    expect(cites(article.lead[0]?.runs ?? [])).toEqual(['1']);
    expect(article.lead[0]?.runs.at(-1)).toEqual({ citationNeeded: true });
    expect(cites(sectionOf(article, 'ภูมิศาสตร์').paragraphs[0]?.runs ?? [])).toEqual(['1', '2']);
  });

  it('reads nested lists', () => {
    const items = sectionOf(article, 'สาขา').paragraphs;
    expect(items.map((p) => [paragraphText(p), p.item?.ordered, p.item?.depth])).toEqual([
      ['แม่น้ำป่าสัก', false, 1],
      ['ไหลมาจากจังหวัดเลย', false, 2],
      ['แม่น้ำลพบุรี', false, 1],
      ['ต้นน้ำ', true, 1],
      ['ปลายน้ำ', true, 1],
    ]);
  });

  it('knows the references list and leaves out hatnote, infobox, figure and categories', () => {
    expect(article.hasReferenceList).toBe(true);
    expect(sectionOf(article, 'อ้างอิง').paragraphs).toEqual([]);
    expectCleanArticle(article, [
      'เรือหลวงเจ้าพระยา', 'ความยาวทั้งหมด', 'เรือโดยสาร', 'กรมทรัพยากรน้ำ', 'แม่น้ำในประเทศไทย', 'ต้องการอ้างอิง', 'data-mw',
    ]);
  });
});

describe('a Parsoid redirect page', () => {
  it('yields only a redirect from its title to its target', () => {
    expect(read('parsoid-redirect.html')).toEqual([
      { kind: 'redirect', from: 'เจ้าพระยา (แม่น้ำ)', to: 'แม่น้ำเจ้าพระยา' },
    ]);
  });
});

describe('a desktop redirect page saved as such', () => {
  it('yields only a redirect to the page it names', () => {
    expect(read('desktop-redirect-page.html')).toEqual([{ kind: 'redirect', from: 'บางกอก', to: 'กรุงเทพมหานคร' }]);
  });
});

describe('mobile-html from the REST API', () => {
  const article = articleOf(read('mobile.html'));

  it('reads the title from the header and the language from <html lang>', () => {
    expect(article.title).toBe('ภาษาไทย');
    expect(article.lang).toBe('th');
  });

  it('reads the lead around the collapsed infobox, without the box', () => {
    expect(texts(article.lead)).toHaveLength(2);
    expect(texts(article.lead)[0]).toMatch(/^ภาษาไทย เป็นภาษาราชการของประเทศไทย อยู่ในตระกูลภาษาขร้า-ไท มีผู้พูดราว 60 ล้านคน$/);
  });

  it('reads section headers without their edit links, subsections included', () => {
    expect(article.sections.map((s) => [s.heading, s.level])).toEqual([
      ['ประวัติ', 2],
      ['สมัยสุโขทัย', 3],
      ['ระบบเสียง', 2],
      ['อ้างอิง', 2],
    ]);
  });

  it('reads ordered lists with nesting, and indented text as an item', () => {
    const items = sectionOf(article, 'ระบบเสียง').paragraphs.filter((p) => p.item);
    expect(items.map((p) => [paragraphText(p), p.item?.ordered, p.item?.depth])).toEqual([
      ['สามัญ', true, 1],
      ['เอก', true, 1],
      ['เช่น ข่า', true, 2],
      ['โท', true, 1],
      ['ดูวรรณยุกต์ไทย', false, 1],
    ]);
  });

  it('reads cites and knows the collapsed reference list', () => {
    expect(cites(allRuns(article))).toEqual(['1', '2']);
    expect(article.hasReferenceList).toBe(true);
    expect(sectionOf(article, 'อ้างอิง').paragraphs).toEqual([]);
  });

  it('keeps Arabic and Hebrew text with its marks, scoped controls dropped', () => {
    const text = texts(article.lead)[1] ?? '';
    expect(text).toContain('(العربية\u200E) และอักษรฮีบรู (עִבְרִית\u200E) ที่เขียนจากขวาไปซ้าย');
  });

  it('leaves out the header, description, infobox and reference texts', () => {
    expectCleanArticle(article, ['ภาษาประจำชาติของชาวไทย', 'ข้อมูลโดยย่อ', 'ออกเสียง', 'ราชบัณฑิตยสถาน', 'กรมศิลปากร']);
    expect(allParagraphs(article).every((p) => paragraphText(p).trim() !== '')).toBe(true);
  });
});
