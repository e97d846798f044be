/**
 * The plan of a generated wiki, made before any page is written: every title
 * (articles, redirects, other namespaces, and titles no page has), each
 * article's target size, and the order pages come in the dump. Knowing all
 * titles first is what lets an article link to pages later in the dump.
 */
import { titleKey } from '../../../main/library/title.js';
import { pick, randomInt, type Random } from '../random.js';
import { sampleArticleBytes } from './lengths.js';
import { latinName, phrase, year, type Words } from './words.js';

/** Pages on top of the articles, as shares of the article count. */
export const pageShares = { redirects: 0.15, others: 0.03, missingTitles: 0.1, articlesPerCategory: 40 } as const;

/** Templates the articles use; the first pages of namespace 10. */
export const templateNames = [
  'กล่องข้อมูล ประเทศ', 'กล่องข้อมูล บุคคล', 'กล่องข้อมูล จังหวัด', 'กล่องข้อมูล องค์กร',
  'Lang', 'Cite web', 'Cite book', 'Cite news', 'Reflist', 'ต้องการอ้างอิง', 'โครง', 'เปลี่ยนทางจากชื่ออื่น',
] as const;

export interface RedirectPlan {
  readonly title: string;
  /** Index of the article it points at. */
  readonly target: number;
}

export type OtherPlan =
  | { readonly ns: 10; readonly title: string; readonly template: string }
  | { readonly ns: 14; readonly title: string; readonly category: number }
  | { readonly ns: 1; readonly title: string; readonly article: number };

export interface SitePlan {
  /** Article titles, normalized (first letter upper-case, spaces not underscores). */
  readonly articles: readonly string[];
  /** Each article's target plain text size in bytes. */
  readonly targetBytes: Uint32Array;
  readonly redirects: readonly RedirectPlan[];
  readonly others: readonly OtherPlan[];
  /** Category names, without the namespace. */
  readonly categories: readonly string[];
  /** Titles links may name that no page has (red links). */
  readonly missing: readonly string[];
  /** Dump order: i < articles is article i, then the redirects, then the other pages. */
  readonly order: Uint32Array;
}

const disambiguations = ['จังหวัด', 'อำเภอ', 'ภาพยนตร์', 'นักร้อง', 'นวนิยาย', 'วงดนตรี', 'แม่น้ำ', 'เพลง'];

/** A main-namespace title in one of the shapes Thai Wikipedia titles take. */
function candidateTitle(words: Words): string {
  const { random } = words;
  const r = random();
  if (r < 0.68) return phrase(words, randomInt(random, 1, 3));
  if (r < 0.78) return `${phrase(words, randomInt(random, 1, 2))} (${pick(random, disambiguations)})`;
  if (r < 0.86) return `${phrase(words, randomInt(random, 1, 2))} ${phrase(words, randomInt(random, 1, 2))}`;
  if (r < 0.93) return latinName(random);
  if (r < 0.97) return `${phrase(words, randomInt(random, 1, 2))} ${year(random) + (random() < 0.5 ? 543 : 0)}`;
  return `${phrase(words, 1)} ${latinName(random)}`;
}

/** Hands out titles whose normalized keys no other page has. */
function titleRegistry() {
  const taken = new Set<string>();
  return {
    /** `title`, grown by a word or a number until its key is free; taken from then on. */
    claim(words: Words, title: string): string {
      let unique = title;
      for (let tries = 0; taken.has(titleKey(unique)) && tries < 5; tries++) unique += words.word();
      for (let n = 2; taken.has(titleKey(unique)); n++) unique = `${title} ${n}`;
      taken.add(titleKey(unique));
      return unique;
    },
  };
}

/** Fisher–Yates, in place. */
function shuffle(random: Random, items: Uint32Array): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as number;
    items[i] = items[j] as number;
    items[j] = swap;
  }
}

function redirectTitle(words: Words, target: string): string {
  const { random } = words;
  const r = random();
  if (r < 0.4) return latinName(random);
  if (r < 0.8) return phrase(words, randomInt(random, 1, 3));
  // Another spelling of the target: without its disambiguation, or with a word more.
  const base = target.replace(/ \(.*\)$/, '');
  return base !== target ? base : `${target}${words.word()}`;
}

function otherPages(words: Words, count: number, articles: readonly string[], categories: readonly string[]): OtherPlan[] {
  const { random } = words;
  const pages: OtherPlan[] = [];
  const templates = Math.min(templateNames.length, Math.ceil(count * 0.2));
  for (const template of templateNames.slice(0, templates)) pages.push({ ns: 10, title: `แม่แบบ:${template}`, template });
  const categoryPages = Math.min(categories.length, Math.floor((count - templates) / 2));
  for (let i = 0; i < categoryPages; i++) pages.push({ ns: 14, title: `หมวดหมู่:${categories[i]}`, category: i });
  const talked = new Set<number>();
  while (pages.length < count && talked.size < articles.length) {
    const article = randomInt(random, 0, articles.length - 1);
    if (talked.has(article)) continue;
    talked.add(article);
    pages.push({ ns: 1, title: `พูดคุย:${articles[article]}`, article });
  }
  return pages;
}

/** The plan of a wiki of `articleCount` articles, drawn with `words`. */
export function planSite(articleCount: number, words: Words): SitePlan {
  const { random } = words;
  const registry = titleRegistry();
  const articles = Array.from({ length: articleCount }, () => registry.claim(words, candidateTitle(words)));
  const targetBytes = Uint32Array.from({ length: articleCount }, () => sampleArticleBytes(random));
  const redirects = Array.from({ length: Math.round(articleCount * pageShares.redirects) }, () => {
    const target = randomInt(random, 0, articleCount - 1);
    return { title: registry.claim(words, redirectTitle(words, articles[target] as string)), target };
  });
  const categoryCount = Math.max(3, Math.round(articleCount / pageShares.articlesPerCategory));
  const categoryNames = new Set<string>();
  while (categoryNames.size < categoryCount) categoryNames.add(phrase(words, randomInt(random, 1, 3)));
  const categories = [...categoryNames];
  const others = otherPages(words, Math.round(articleCount * pageShares.others), articles, categories);
  const missing = Array.from({ length: Math.max(5, Math.round(articleCount * pageShares.missingTitles)) }, () =>
    registry.claim(words, candidateTitle(words)),
  );
  const order = Uint32Array.from({ length: articleCount + redirects.length + others.length }, (_, i) => i);
  shuffle(random, order);
  return { articles, targetBytes, redirects, others, categories, missing, order };
}
