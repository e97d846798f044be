/**
 * The pages of a dump that are not articles: redirects (main namespace, which
 * importers keep as aliases) and template, category and talk pages (other
 * namespaces, which importers skip).
 */
import { pick, randomInt } from '../random.js';
import type { OtherPlan, SitePlan } from './site.js';
import { commonHeadings } from './text.js';
import { latinWord, phrase, thaiDate, thaiMonths, type Words } from './words.js';

/** A redirect's wikitext, in Thai or English, now and then to a section or with a template and category under it. */
export function redirectText(words: Words, site: SitePlan, target: string): string {
  const { random } = words;
  const r = random();
  const keyword = r < 0.6 ? '#เปลี่ยนทาง' : r < 0.95 ? '#REDIRECT' : '#redirect';
  const fragment = random() < 0.05 ? `#${pick(random, commonHeadings)}` : '';
  let text = `${keyword} [[${target}${fragment}]]`;
  if (random() < 0.1) text += '\n\n{{เปลี่ยนทางจากชื่ออื่น}}';
  if (random() < 0.05) text += `\n[[หมวดหมู่:${pick(random, site.categories)}]]`;
  return text;
}

/** A template's source: parameters, parser functions, a table, documentation kept out of transclusion. */
function templateText(words: Words, name: string): string {
  const { random } = words;
  const rows = Array.from({ length: randomInt(random, 2, 6) }, () => {
    const parameter = phrase(words, 1);
    return `{{#if:{{{${parameter}|}}}|\n! ${parameter}\n{{!}} {{{${parameter}}}}\n{{!}}-}}`;
  });
  return [
    `<includeonly>{| class="infobox" style="width:22em"`,
    `|+ '''{{{ชื่อ|{{PAGENAME}}}}}'''`,
    ...rows,
    '|}</includeonly><noinclude>',
    `แม่แบบ${name} ใช้ ${phrase(words, 4)} & ${phrase(words, 2)} <ไม่บังคับ>`,
    '{{documentation}}',
    '</noinclude>',
  ].join('\n');
}

function categoryText(words: Words, site: SitePlan): string {
  const { random } = words;
  let text = `หมวดหมู่นี้รวบรวม${phrase(words, randomInt(random, 3, 8))}`;
  if (random() < 0.5) text += `\n\n{{ดูเพิ่ม|${pick(random, site.articles)}}}`;
  return `${text}\n\n[[หมวดหมู่:${pick(random, site.categories)}]]`;
}

/** A discussion with signatures, as editors leave them ("~~~~" expanded). */
function talkText(words: Words): string {
  const { random } = words;
  const threads = randomInt(random, 1, 3);
  const parts: string[] = [];
  for (let i = 0; i < threads; i++) {
    parts.push(`== ${phrase(words, randomInt(random, 1, 3))} ==`);
    const replies = randomInt(random, 1, 4);
    for (let reply = 0; reply < replies; reply++) {
      const user = latinWord(random);
      const when = `${String(randomInt(random, 0, 23)).padStart(2, '0')}:${String(randomInt(random, 0, 59)).padStart(2, '0')}, ${randomInt(random, 1, 28)} ${pick(random, thaiMonths)} ${randomInt(random, 2548, 2568)} (+07)`;
      parts.push(`${':'.repeat(reply)}${phrase(words, randomInt(random, 5, 25))} [[ผู้ใช้:${user}|${user}]] ([[คุยกับผู้ใช้:${user}|คุย]]) ${when}`);
    }
  }
  if (random() < 0.3) parts.unshift(`{{โครงการวิกิ|ความสำคัญ=สูง|ปรับปรุง=${thaiDate(random)}}}`);
  return parts.join('\n\n');
}

/** The wikitext of a page in another namespace. */
export function otherText(words: Words, site: SitePlan, page: OtherPlan): string {
  if (page.ns === 10) return templateText(words, page.template);
  if (page.ns === 14) return categoryText(words, site);
  return talkText(words);
}
