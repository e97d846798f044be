/**
 * Dumps written by the tests (and the speed check in dumpBench.ts): a seeded
 * source of short Thai pages in the shapes Thai Wikipedia has (an infobox,
 * refs, named refs, links, lists, a table, citation needed), and the XML that
 * wraps pages as a MediaWiki export does.
 */
import { mulberry32 } from '../../../scripts/bench/random.js';

/** A page as the dump holds it. */
export interface SamplePage {
  readonly title: string;
  readonly ns?: number;
  readonly text?: string;
  readonly redirect?: string;
}


const words = [
  'ประเทศไทย', 'จังหวัด', 'อำเภอ', 'แม่น้ำ', 'ภูเขา', 'วัด', 'พระพุทธรูป', 'ประวัติศาสตร์', 'วัฒนธรรม', 'ประชากร',
  'เศรษฐกิจ', 'การเกษตร', 'ข้าว', 'ผลไม้', 'การท่องเที่ยว', 'โรงเรียน', 'มหาวิทยาลัย', 'รัฐบาล', 'พระมหากษัตริย์', 'สงคราม',
  'สนธิสัญญา', 'ภาษา', 'วรรณคดี', 'ดนตรี', 'นาฏศิลป์', 'อาหาร', 'ตลาด', 'ถนน', 'รถไฟ', 'สนามบิน',
  'ทะเล', 'เกาะ', 'ป่าไม้', 'อุทยานแห่งชาติ', 'สัตว์ป่า', 'ช้าง', 'นก', 'ปลา', 'ฤดูฝน', 'ฤดูร้อน',
  'เป็น', 'มี', 'ตั้งอยู่', 'ได้รับ', 'ก่อตั้ง', 'เมื่อ', 'ใน', 'ของ', 'และ', 'ซึ่ง',
  'ที่', 'โดย', 'จาก', 'ถึง', 'มากที่สุด', 'สำคัญ', 'เก่าแก่', 'ทางภาคเหนือ', 'ทางภาคใต้', 'ริมฝั่ง',
];
const places = ['เชียงราย', 'น่าน', 'แพร่', 'ลำพูน', 'สุโขทัย', 'พิษณุโลก', 'นครพนม', 'อุบลราชธานี', 'ตรัง', 'สตูล', 'ระนอง', 'ชุมพร'];
const kinds = ['วัด', 'อำเภอ', 'ตำบล', 'แม่น้ำ', 'ดอย', 'โรงเรียน', 'สถานีรถไฟ', 'ตลาด', 'อุทยาน', 'พิพิธภัณฑ์'];
const headings = ['ประวัติ', 'ภูมิศาสตร์', 'ประชากร', 'เศรษฐกิจ', 'การคมนาคม', 'สถานที่สำคัญ', 'วัฒนธรรม', 'การศึกษา'];

/** Thai digits, so that titles stay in Thai script. */
function thaiNumber(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

/** The title of generated page `index`: unique, and varied. */
export function sampleTitle(index: number): string {
  return `${kinds[index % kinds.length] ?? ''}${places[Math.floor(index / kinds.length) % places.length] ?? ''} ${thaiNumber(index + 1)}`;
}

/**
 * A short Thai article of about 1,500 characters of wikitext: an infobox, a
 * lead, two or three sections with refs (one named and reused), links (some
 * piped), a citation-needed mark, a list with a nested item, and sometimes a
 * table.
 */
export function samplePage(index: number, random: () => number): SamplePage {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (): string => {
    const parts: string[] = [];
    const n = 8 + Math.floor(random() * 10);
    for (let i = 0; i < n; i++) {
      const word = pick(words);
      const roll = random();
      if (roll < 0.12) parts.push(`[[${word}]]`);
      else if (roll < 0.17) parts.push(`[[${word}${pick(places)}|${word}]]`);
      else if (roll < 0.2) parts.push(`{{lang|en|${pick(['Siam', 'river', 'temple', 'market'])}}}`);
      else parts.push(word);
    }
    return parts.join(i18nSpace(random));
  };
  const title = sampleTitle(index);
  const lines: string[] = [
    '{{กล่องข้อมูล สถานที่',
    `| ชื่อ = ${title}`,
    `| ภาพ = ${pick(places)}.jpg`,
    `| จังหวัด = [[จังหวัด${pick(places)}]]`,
    `| ประชากร = ${String(1000 + Math.floor(random() * 90000))}<ref>{{cite web|title=สถิติ|url=http://stat.example/${String(index)}}}</ref>`,
    `| ก่อตั้ง = {{วันเกิด|${String(1800 + Math.floor(random() * 200))}|1|1}}`,
    '}}',
    `'''${title}''' ${sentence()}<ref name="main">{{cite book|title=${pick(words)}|year=2550}}</ref> ${sentence()}`,
    '',
    `${sentence()}{{ต้องการอ้างอิง|date=มีนาคม 2567}} ${sentence()}`,
  ];
  const sectionCount = 2 + Math.floor(random() * 2);
  for (let s = 0; s < sectionCount; s++) {
    lines.push('', `== ${headings[(index + s) % headings.length] ?? ''} ==`, `${sentence()}<ref name="main" /> ${sentence()}<ref>หนังสือ${pick(words)} หน้า ${String(s + 1)}</ref>`);
    if (s === 0) lines.push(`* [[${pick(words)}]] ${pick(words)}`, `** ${pick(words)} ${pick(words)}`, `* ${pick(words)}`);
    if (s === 1 && random() < 0.5) {
      lines.push('{| class="wikitable"', '! ปี !! เหตุการณ์', '|-', `| ๒๕๐๐ || ${pick(words)}`, '|-', `| ๒๕๕๐ || [[${pick(words)}]]`, '|}');
    }
  }
  lines.push('', '== อ้างอิง ==', '{{รายการอ้างอิง}}', '', `[[หมวดหมู่:${pick(kinds)}ในจังหวัด${pick(places)}]]`);
  return { title, text: lines.join('\n') };
}

function i18nSpace(random: () => number): string {
  // Thai puts spaces between phrases, not between every word.
  return random() < 0.4 ? ' ' : '';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The opening of a Thai Wikipedia export, with its namespaces. */
export function dumpHead(lang = 'th'): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="${lang}">
  <siteinfo>
    <sitename>วิกิพีเดีย</sitename>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">พูดคุย</namespace>
      <namespace key="6" case="first-letter">ไฟล์</namespace>
      <namespace key="10" case="first-letter">แม่แบบ</namespace>
      <namespace key="14" case="first-letter">หมวดหมู่</namespace>
    </namespaces>
  </siteinfo>
`;
}

export const dumpTail = '</mediawiki>\n';

/** One <page> element, numbered `id`. */
export function pageXml(page: SamplePage, id: number): string {
  const redirect = page.redirect === undefined ? '' : `\n    <redirect title="${escapeXml(page.redirect)}" />`;
  const text = page.text === undefined ? '<text bytes="0" />' : `<text bytes="${String(Buffer.byteLength(page.text))}" xml:space="preserve">${escapeXml(page.text)}</text>`;
  return `  <page>
    <title>${escapeXml(page.title)}</title>
    <ns>${String(page.ns ?? 0)}</ns>
    <id>${String(id)}</id>${redirect}
    <revision>
      <id>${String(id * 10)}</id>
      <timestamp>2024-01-01T00:00:00Z</timestamp>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      ${text}
    </revision>
  </page>
`;
}

/** A whole dump of `pages`. */
export function dumpXml(pages: readonly SamplePage[], lang = 'th'): string {
  return dumpHead(lang) + pages.map((page, i) => pageXml(page, i + 1)).join('') + dumpTail;
}

/** `count` generated pages, the same for the same seed. */
export function samplePages(count: number, seed: number): SamplePage[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => samplePage(i, random));
}
