/**
 * The pages of a generated dump, one at a time in dump order, each with the
 * revision metadata a real dump carries. The same article count and seed
 * always give the same pages.
 */
import { mulberry32, pick, randomInt, type Random } from '../random.js';
import { otherText, redirectText } from './others.js';
import { planSite, type SitePlan } from './site.js';
import { articleText } from './wikitext.js';
import { latinWord, thaiWords, type Words } from './words.js';

export type PageKind = 'article' | 'redirect' | 'other';

export type Contributor = { readonly username: string; readonly id: number } | { readonly ip: string };

export interface Revision {
  readonly id: number;
  readonly parentId: number | undefined;
  /** ISO 8601 in UTC, to the second, as dumps write it: 2021-03-05T12:34:56Z. */
  readonly timestamp: string;
  readonly contributor: Contributor;
  readonly comment: string | undefined;
  readonly minor: boolean;
}

export interface DumpPage {
  readonly kind: PageKind;
  readonly title: string;
  readonly ns: number;
  readonly id: number;
  /** A redirect's target title (no section). */
  readonly redirect: string | undefined;
  readonly revision: Revision;
  readonly text: string;
  /** An article's visible text in UTF-8 bytes; 0 for other pages. */
  readonly plainBytes: number;
}

export interface PageOptions {
  /** Main-namespace articles; redirects and other pages come on top. */
  readonly articles: number;
  readonly seed: number;
}

/** A seed for one of a run's independent random streams. */
function streamSeed(seed: number, stream: number): number {
  return Math.imul((seed ^ Math.imul(stream, 0x9e3779b1)) >>> 0, 0x85ebca6b) >>> 0;
}

function contributor(random: Random, users: readonly string[]): Contributor {
  const r = random();
  if (r < 0.12) return { ip: `${randomInt(random, 1, 223)}.${randomInt(random, 0, 255)}.${randomInt(random, 0, 255)}.${randomInt(random, 1, 254)}` };
  if (r < 0.15) return { ip: `2001:44C8:${randomInt(random, 0, 0xffff).toString(16).toUpperCase()}::${randomInt(random, 1, 0xff).toString(16).toUpperCase()}` };
  const index = Math.floor(Math.pow(random(), 2) * users.length); // a few editors make most edits
  return { username: users[index] as string, id: 1_000 + index * 37 };
}

const comments = ['แก้คำผิด', 'เพิ่มอ้างอิง', 'ย้อนการแก้ไข', 'จัดหมวดหมู่', '/* ประวัติ */ เพิ่มเนื้อหา', 'robot: Adding [[en:Example]] & more', 'ปรับปรุง <ref>'];

function revision(random: Random, pageId: number, users: readonly string[]): Revision {
  const id = 10_000 + pageId * 17 + randomInt(random, 0, 16);
  const seconds = Date.UTC(2005, 0, 1) / 1000 + randomInt(random, 0, 20 * 365 * 86_400);
  return {
    id,
    parentId: random() < 0.9 ? id - randomInt(random, 1, 5_000) : undefined,
    timestamp: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'),
    contributor: contributor(random, users),
    comment: random() < 0.6 ? pick(random, comments) : undefined,
    minor: random() < 0.2,
  };
}

/** The site plan and every page of a dump of `articles` articles, drawn from `seed`. */
export function generatePages(options: PageOptions): { readonly site: SitePlan; readonly pages: Iterable<DumpPage> } {
  const { articles, seed } = options;
  if (!Number.isSafeInteger(articles) || articles < 1) throw new Error(`articles must be a positive integer, not ${articles}`);
  const site = planSite(articles, thaiWords(seed, mulberry32(streamSeed(seed, 1))));
  return { site, pages: pagesOf(site, seed) };
}

function* pagesOf(site: SitePlan, seed: number): Generator<DumpPage> {
  const words: Words = thaiWords(seed, mulberry32(streamSeed(seed, 2)));
  const meta = mulberry32(streamSeed(seed, 3));
  const users = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? words.word() : `${latinWord(meta)}${i % 2 === 0 ? randomInt(meta, 1, 99) : ''}`));
  const articleCount = site.articles.length;
  const redirectCount = site.redirects.length;
  let id = 0;
  for (const index of site.order) {
    // Page ids grow through a dump with gaps where pages were deleted.
    id += meta() < 0.3 ? randomInt(meta, 2, 20) : 1;
    const rev = revision(meta, id, users);
    if (index < articleCount) {
      const title = site.articles[index] as string;
      const { text, plainBytes } = articleText(words, site, title, site.targetBytes[index] as number);
      yield { kind: 'article', title, ns: 0, id, redirect: undefined, revision: rev, text, plainBytes };
    } else if (index < articleCount + redirectCount) {
      const { title, target } = site.redirects[index - articleCount] as (typeof site.redirects)[number];
      const targetTitle = site.articles[target] as string;
      const text = redirectText(words, site, targetTitle);
      yield { kind: 'redirect', title, ns: 0, id, redirect: targetTitle, revision: rev, text, plainBytes: 0 };
    } else {
      const page = site.others[index - articleCount - redirectCount] as (typeof site.others)[number];
      yield { kind: 'other', title: page.title, ns: page.ns, id, redirect: undefined, revision: rev, text: otherText(words, site, page), plainBytes: 0 };
    }
  }
}
