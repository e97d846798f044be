/**
 * Running text in wikitext: phrases with links, references, numbers, bold and
 * italic, Latin and right-to-left words. Each page is written into a WikiText,
 * which keeps the wikitext and counts the bytes a reader would see.
 */
import { pick, randomInt } from '../random.js';
import type { SitePlan } from './site.js';
import { isoDate, latinName, latinWord, phrase, rtlWords, runningNumber, thaiDate, year, type Words } from './words.js';

/** The wikitext of one page, and the UTF-8 bytes of its visible text. */
export class WikiText {
  text = '';
  plainBytes = 0;
  // The last two characters, kept aside: asking the growing string would flatten it each time.
  private tail = '';

  /** Text the reader sees (counted). */
  visible(text: string): void {
    this.markup(text);
    this.plainBytes += Buffer.byteLength(text);
  }

  /** Markup, or text outside paragraphs, headings and list items (not counted). */
  markup(text: string): void {
    this.text += text;
    this.tail = text.length >= 2 ? text.slice(-2) : (this.tail + text).slice(-2);
  }

  /** Ends a paragraph, heading or list item: one line break the reader sees. */
  endBlock(): void {
    this.markup('\n');
    this.plainBytes += 1;
  }

  /** Starts a new line unless the text is empty or already on one. */
  newLine(): void {
    if (this.text.length > 0 && !this.tail.endsWith('\n')) this.markup('\n');
  }

  /** Leaves a blank line unless the text is empty or already ends with one. */
  blankLine(): void {
    if (this.text.length === 0) return;
    this.newLine();
    if (this.tail !== '\n\n') this.markup('\n');
  }
}

/** What writing one article needs: its words, the wiki's titles, its named references. */
export interface PageContext {
  readonly words: Words;
  readonly site: SitePlan;
  readonly title: string;
  readonly out: WikiText;
  /** References so far, and the names of those named, which later ones may reuse. */
  readonly refs: { count: number; readonly names: string[] };
}

/** Headings most articles share; links may point at them too. */
export const commonHeadings = [
  'ประวัติ', 'ภูมิศาสตร์', 'เศรษฐกิจ', 'วัฒนธรรม', 'การศึกษา', 'ประชากร', 'การเมือง',
  'ผลงาน', 'ชีวิตช่วงต้น', 'การคมนาคม', 'สถาปัตยกรรม', 'รางวัล', 'ศาสนา', 'ภูมิอากาศ',
];

/** A link's parts: markup before, the text shown, markup after. */
export interface Link {
  readonly before: string;
  readonly label: string;
  readonly after: string;
}

/** A link to an article (most), a redirect, or a title no page has; spelled as editors spell them. */
export function link(ctx: PageContext): Link {
  const { random } = ctx.words;
  const { site } = ctx;
  const r = random();
  let title: string;
  if (r < 0.82 || (r < 0.92 && site.redirects.length === 0)) title = pick(random, site.articles);
  else if (r < 0.92) title = pick(random, site.redirects).title;
  else title = pick(random, site.missing);
  let written = title;
  const variant = random();
  // Titles are normalized: "_" is a space and the first letter is upper-case, whatever the link says.
  if (variant < 0.05) written = title.replace(/ /g, '_');
  else if (variant < 0.1 && /^[A-Z]/.test(title)) written = title.charAt(0).toLowerCase() + title.slice(1);
  if (random() < 0.03) written += `#${pick(random, commonHeadings)}`;
  if (written.includes('#') || random() < 0.35) {
    return { before: `[[${written}|`, label: phrase(ctx.words, randomInt(random, 1, 3)), after: ']]' };
  }
  return { before: '[[', label: written, after: ']]' };
}

/** A link written out whole, for text that is not counted (tables, infoboxes, captions). */
export function linkMarkup(ctx: PageContext): string {
  const { before, label, after } = link(ctx);
  return before + label + after;
}

/** A link in counted text: only its label is visible. */
export function writeLink(ctx: PageContext): void {
  const { before, label, after } = link(ctx);
  ctx.out.markup(before);
  ctx.out.visible(label);
  ctx.out.markup(after);
}

const domains = ['www.example.org', 'news.example.co.th', 'www.example.go.th', 'archive.example.com'];

/** An address; some carry a query string, whose "&" the XML must escape. */
export function url(ctx: PageContext): string {
  const { random } = ctx.words;
  const domain = pick(random, domains);
  if (random() < 0.3) return `https://${domain}/news.php?id=${randomInt(random, 1, 99999)}&lang=th`;
  return `https://${domain}/${latinWord(random).toLowerCase()}/${randomInt(random, 1, 9999)}`;
}

/** What goes inside a <ref>: a citation template or plain text. */
function citation(ctx: PageContext): string {
  const { random } = ctx.words;
  const words = ctx.words;
  const r = random();
  if (r < 0.5) {
    return `{{cite web|url=${url(ctx)}|title=${phrase(words, randomInt(random, 2, 6))}|publisher=${latinName(random)}|date=${isoDate(random)}|accessdate=${isoDate(random)}}}`;
  }
  if (r < 0.75) {
    return `{{cite book|last=${latinWord(random)}|first=${latinWord(random)}|title=${phrase(words, randomInt(random, 2, 5))}|publisher=${phrase(words, 2)}|year=${year(random)}|page=${randomInt(random, 1, 800)}}}`;
  }
  if (r < 0.85) return `{{cite news|title=${phrase(words, randomInt(random, 3, 6))}|work=${latinName(random)}|date=${thaiDate(random)}|url=${url(ctx)}}}`;
  return `${phrase(words, randomInt(random, 2, 5))}. ${thaiDate(random)}. หน้า ${randomInt(random, 1, 300)}`;
}

function refName(ctx: PageContext): string {
  const { random } = ctx.words;
  const n = ctx.refs.names.length + 1;
  const r = random();
  if (r < 0.5) return `:${n}`;
  if (r < 0.8) return `${latinWord(random).toLowerCase()}${year(random)}`;
  return `${ctx.words.word()}${n}`;
}

/** A reference: a new one, a new named one, or a named one again (`<ref name="a"/>`). */
export function writeRef(ctx: PageContext): void {
  const { random } = ctx.words;
  ctx.refs.count += 1;
  if (ctx.refs.names.length > 0 && random() < 0.25) {
    const name = pick(random, ctx.refs.names);
    ctx.out.markup(random() < 0.5 ? `<ref name="${name}"/>` : `<ref name="${name}" />`);
    return;
  }
  let open = '<ref>';
  if (random() < 0.3) {
    const name = refName(ctx);
    ctx.refs.names.push(name);
    // Editors leave simple names unquoted now and then.
    open = /^[a-z]+\d+$/.test(name) && random() < 0.2 ? `<ref name=${name}>` : `<ref name="${name}">`;
  }
  ctx.out.markup(`${open}${citation(ctx)}</ref>`);
}

/** One piece of running text: mostly a phrase, sometimes a link, number, emphasis or foreign words. */
function writePiece(ctx: PageContext): void {
  const { words, out } = ctx;
  const { random } = words;
  const r = random();
  if (r < 0.7) out.visible(phrase(words, randomInt(random, 2, 8)));
  else if (r < 0.8) writeLink(ctx);
  else if (r < 0.85) out.visible(runningNumber(random));
  else if (r < 0.88) {
    out.markup("'''");
    out.visible(phrase(words, randomInt(random, 1, 3)));
    out.markup("'''");
  } else if (r < 0.91) {
    out.markup("''");
    out.visible(random() < 0.5 ? latinName(random) : phrase(words, randomInt(random, 1, 3)));
    out.markup("''");
  } else if (r < 0.935) {
    out.markup('{{lang|en|');
    out.visible(latinName(random));
    out.markup('}}');
  } else if (r < 0.95) {
    out.visible('(อังกฤษ: ');
    out.visible(latinName(random));
    out.visible(')');
  } else if (r < 0.954) {
    const { lang, text } = rtlWords(random);
    out.markup(`{{lang|${lang}|`);
    out.visible(text);
    out.markup('}}');
  } else if (r < 0.96) {
    // A number and its unit kept on one line.
    out.visible(String(randomInt(random, 2, 999)));
    out.markup('&nbsp;');
    out.visible('\u00a0');
    out.visible(pick(random, ['กิโลเมตร', 'เมตร', 'ตารางกิโลเมตร', 'บาท', 'ล้านคน']));
  } else out.visible(phrase(words, randomInt(random, 2, 8)));
}

/** Running text of about `budget` visible bytes (it stops at the first piece past it). */
export function writeRunningText(ctx: PageContext, budget: number): void {
  const { out } = ctx;
  const { random } = ctx.words;
  const end = out.plainBytes + budget;
  let first = true;
  while (out.plainBytes < end) {
    // Thai separates phrases with a space; a link often sits right against its neighbours.
    if (!first && random() < 0.8) out.visible(' ');
    first = false;
    writePiece(ctx);
    const after = random();
    if (after < 0.05) writeRef(ctx);
    else if (after < 0.056) out.markup(random() < 0.5 ? '{{ต้องการอ้างอิง}}' : `{{ต้องการอ้างอิง|date=${pick(random, ['มีนาคม 2563', 'ตุลาคม 2560', 'มกราคม 2566'])}}}`);
    else if (after < 0.058) out.markup(`<!-- ${phrase(ctx.words, 3)} -->`);
  }
}
