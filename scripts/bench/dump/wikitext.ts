/**
 * One article's wikitext: an infobox on some, a lead that opens with the title
 * in bold, sections of h2 with h3 and h4 under them, then the end matter
 * (see also, references, external links, stub notice, categories).
 */
import { pick, randomInt } from '../random.js';
import { writeBlocks, writeImage, writeParagraph } from './blocks.js';
import { commonHeadings, linkMarkup, url, writeLink, WikiText, type PageContext } from './text.js';
import { bigNumber, latinName, phrase, thaiDate, thaiDigits, type Words } from './words.js';
import type { SitePlan } from './site.js';

/** A generated page's wikitext and the UTF-8 bytes of its visible text. */
export interface PageText {
  readonly text: string;
  readonly plainBytes: number;
}

/** Below this target size an article is a stub: a lead and nothing else. */
const stubBytes = 1_500;

type Field = readonly [name: string, value: (ctx: PageContext) => string];

const infoboxes: Readonly<Record<string, readonly Field[]>> = {
  ประเทศ: [
    ['ชื่อท้องถิ่น', (ctx) => `{{lang|en|${latinName(ctx.words.random)}}}`],
    ['ภาพธง', (ctx) => `Flag of ${latinName(ctx.words.random)}.svg`],
    ['เมืองหลวง', linkMarkup],
    ['ภาษาราชการ', linkMarkup],
    ['ประชากร', (ctx) => bigNumber(ctx.words.random)],
    ['พื้นที่', (ctx) => `${bigNumber(ctx.words.random)} ตร.กม.`],
    ['สกุลเงิน', (ctx) => `${linkMarkup(ctx)} (${latinName(ctx.words.random).slice(0, 3).toUpperCase()})`],
    ['เขตเวลา', (ctx) => `UTC+${randomInt(ctx.words.random, 0, 12)}`],
  ],
  บุคคล: [
    ['ภาพ', (ctx) => `${phrase(ctx.words, 2)}.jpg`],
    ['วันเกิด', (ctx) => `{{วันเกิดและอายุ|${randomInt(ctx.words.random, 1900, 2005)}|${randomInt(ctx.words.random, 1, 12)}|${randomInt(ctx.words.random, 1, 28)}}}`],
    ['สถานที่เกิด', linkMarkup],
    ['อาชีพ', (ctx) => `${linkMarkup(ctx)}<br />${linkMarkup(ctx)}`],
    ['ปีที่แสดง', (ctx) => `พ.ศ. ${randomInt(ctx.words.random, 2490, 2567)}–ปัจจุบัน`],
  ],
  จังหวัด: [
    ['ชื่ออังกฤษ', (ctx) => latinName(ctx.words.random)],
    ['ผู้ว่าราชการ', (ctx) => phrase(ctx.words, 2)],
    ['พื้นที่', (ctx) => thaiDigits(bigNumber(ctx.words.random))],
    ['ประชากร', (ctx) => `${bigNumber(ctx.words.random)}<ref>${url(ctx)}</ref>`],
    ['เว็บไซต์', (ctx) => `[${url(ctx)} เว็บไซต์ทางการ]`],
  ],
  องค์กร: [
    ['ก่อตั้ง', (ctx) => thaiDate(ctx.words.random)],
    ['สำนักงานใหญ่', linkMarkup],
    ['บุคลากรหลัก', (ctx) => `${phrase(ctx.words, 2)} (${phrase(ctx.words, 1)})`],
  ],
};

function writeInfobox(ctx: PageContext): void {
  const { random } = ctx.words;
  const kind = pick(random, Object.keys(infoboxes));
  const compact = random() < 0.3;
  const field = (name: string, value: string) => (compact ? `|${name}=${value}\n` : `| ${name} = ${value}\n`);
  let text = `{{กล่องข้อมูล ${kind}\n${field('ชื่อ', ctx.title)}`;
  for (const [name, value] of infoboxes[kind] as readonly Field[]) if (random() < 0.85) text += field(name, value(ctx));
  ctx.out.markup(`${text}}}\n`);
}

/** A heading, `text` or one of the usual ones or a phrase (a link now and then); "== x ==" or "==x==". */
function writeHeading(ctx: PageContext, level: 2 | 3 | 4, text?: string): void {
  const { random } = ctx.words;
  const { out } = ctx;
  const marks = '='.repeat(level);
  const spaced = random() < 0.8 ? ' ' : '';
  out.blankLine();
  out.markup(`${marks}${spaced}`);
  const r = random();
  if (text !== undefined) out.visible(text);
  else if (r < 0.35) out.visible(pick(random, commonHeadings));
  else if (r < 0.37) writeLink(ctx);
  else out.visible(phrase(ctx.words, randomInt(random, 1, 4)));
  out.markup(`${spaced}${marks}`);
  out.endBlock();
}

/** A section of `budget` bytes; a large one splits into subsections one level down (h3, then h4). */
function writeSection(ctx: PageContext, level: 2 | 3 | 4, budget: number): void {
  const { random } = ctx.words;
  const { out } = ctx;
  const end = out.plainBytes + budget;
  writeHeading(ctx, level);
  if (level < 4 && budget > (level === 2 ? 2_000 : 1_200) && random() < (level === 2 ? 0.4 : 0.3)) {
    const parts = randomInt(random, 2, 4);
    if (random() < 0.5) writeBlocks(ctx, Math.round(budget * 0.15));
    // Each part takes a share of what is left, so running over in one is made up in the next.
    for (let i = 0; i < parts; i++) writeSection(ctx, level === 2 ? 3 : 4, (end - out.plainBytes) / (parts - i));
  } else writeBlocks(ctx, end - out.plainBytes);
}

/** The lead's first paragraph names its subject in bold, often with its Latin name. */
function writeLead(ctx: PageContext, budget: number): void {
  const { random } = ctx.words;
  const { out } = ctx;
  const end = out.plainBytes + budget;
  out.markup("'''");
  out.visible(ctx.title);
  out.markup("'''");
  if (random() < 0.4) {
    out.visible(' (');
    out.markup('{{lang-en|');
    out.visible(latinName(random));
    out.markup('}})');
    out.visible(')');
  }
  out.visible(' ');
  writeParagraph(ctx, Math.max(40, Math.min(end - out.plainBytes, randomInt(random, 200, 1200))));
  while (out.plainBytes < end) writeParagraph(ctx, Math.min(end - out.plainBytes, randomInt(random, 250, 1400)));
}

function writeEndMatter(ctx: PageContext, stub: boolean): void {
  const { random } = ctx.words;
  const { out, site } = ctx;
  if (!stub && random() < 0.35) {
    writeHeading(ctx, 2, 'ดูเพิ่ม');
    for (let i = randomInt(random, 2, 5); i > 0; i--) {
      out.markup('* ');
      writeLink(ctx);
      out.endBlock();
    }
  }
  if (ctx.refs.count > 0) {
    writeHeading(ctx, 2, 'อ้างอิง');
    out.markup(`${pick(random, ['{{reflist}}', '{{reflist|2}}', '<references />', '{{รายการอ้างอิง}}'])}\n`);
  }
  if (random() < 0.2) {
    writeHeading(ctx, 2, 'แหล่งข้อมูลอื่น');
    for (let i = randomInt(random, 1, 3); i > 0; i--) {
      out.markup(`* [${url(ctx)} `);
      out.visible(phrase(ctx.words, randomInt(random, 1, 3)));
      out.markup(']');
      out.endBlock();
    }
  }
  out.blankLine();
  if (stub) out.markup(`{{โครง${random() < 0.5 ? '' : pick(random, ['ประเทศ', 'ชีวประวัติ', 'ภูมิศาสตร์'])}}}\n`);
  if (random() < 0.1) out.markup(`{{DEFAULTSORT:${phrase(ctx.words, 1)}}}\n`);
  for (let i = randomInt(random, 1, 4); i > 0; i--) {
    out.markup(`[[หมวดหมู่:${pick(random, site.categories)}${random() < 0.1 ? `|${phrase(ctx.words, 1)}` : ''}]]\n`);
  }
  if (random() < 0.05) out.markup(`[[en:${latinName(random)}]]\n`);
}

/** The wikitext of an article of about `targetBytes` visible bytes. */
export function articleText(words: Words, site: SitePlan, title: string, targetBytes: number): PageText {
  const { random } = words;
  const out = new WikiText();
  const ctx: PageContext = { words, site, title, out, refs: { count: 0, names: [] } };
  const stub = targetBytes < stubBytes;
  if (random() < 0.02) out.markup('__NOTOC__\n');
  if (!stub ? random() < 0.35 : random() < 0.1) writeInfobox(ctx);
  if (random() < 0.15) writeImage(ctx);
  const leadBytes = stub ? targetBytes : Math.min(3_000, Math.max(300, Math.round(targetBytes * (0.1 + 0.15 * random()))));
  writeLead(ctx, leadBytes);
  if (!stub) {
    const sections = Math.min(60, Math.max(1, Math.round((targetBytes - leadBytes) / randomInt(random, 1_500, 4_000))));
    // Each section takes a share of what is left, so the article ends close to its target size.
    for (let i = 0; i < sections && out.plainBytes < targetBytes; i++) writeSection(ctx, 2, (targetBytes - out.plainBytes) / (sections - i));
  }
  writeEndMatter(ctx, stub);
  return { text: out.text.trimEnd(), plainBytes: out.plainBytes };
}
