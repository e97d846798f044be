/**
 * The words a generated dump is written in: Thai words drawn by a Zipf law from
 * the bench vocabulary, and the Latin names, numbers, dates and right-to-left
 * words that real Thai articles mix in.
 */
import { bundledArticles } from '../bundled.js';
import { mulberry32, pick, randomInt, zipfSampler, type Random } from '../random.js';
import { buildVocabulary } from '../vocabulary.js';

/** A random source and the Thai words drawn with it. */
export interface Words {
  readonly random: Random;
  /** One Thai word, frequent ones often and rare ones rarely. */
  readonly word: () => string;
}

let vocabularies: Map<number, readonly string[]> | undefined;

/** The bench vocabulary for a seed (real words, then synthetic ones), built once per seed and process. */
function vocabulary(seed: number): readonly string[] {
  vocabularies ??= new Map();
  let words = vocabularies.get(seed);
  if (words === undefined) {
    words = buildVocabulary(mulberry32(seed), bundledArticles());
    vocabularies.set(seed, words);
  }
  return words;
}

/** Thai words from the seed's vocabulary, drawn with `random`. */
export function thaiWords(seed: number, random: Random): Words {
  const list = vocabulary(seed);
  const rank = zipfSampler(random, list.length, 1.0);
  return { random, word: () => list[rank()] as string };
}

/** `count` Thai words run together, as Thai writes a phrase (spaces only separate phrases). */
export function phrase(words: Words, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += words.word();
  return text;
}

const latinOnsets = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'st', 'tr'];
const latinVowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
const latinCodas = ['', '', '', 'n', 'r', 's', 'l', 'm', 'th'];
const latinCommon = ['University', 'National', 'Museum', 'Company', 'Limited', 'Royal', 'Park', 'River', 'Station', 'of', 'the', 'and'];

/** A made-up Latin word, capitalized like a name: "Karoven". */
export function latinWord(random: Random): string {
  let word = '';
  const syllables = randomInt(random, 1, 3);
  for (let i = 0; i < syllables; i++) word += pick(random, latinOnsets) + pick(random, latinVowels) + pick(random, latinCodas);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A Latin name of one to three words, now and then with a common English word. */
export function latinName(random: Random): string {
  const count = randomInt(random, 1, 3);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(i > 0 && random() < 0.2 ? pick(random, latinCommon) : latinWord(random));
  return words.join(' ');
}

const arabic = ['العربية', 'القاهرة', 'مدينة', 'كتاب', 'السلام', 'مسجد', 'تاريخ', 'بغداد'];
const hebrew = ['עברית', 'ירושלים', 'ספר', 'שלום', 'מדינה', 'תל אביב'];

/** One or two right-to-left words and their language code ("ar" or "he"). */
export function rtlWords(random: Random): { readonly lang: 'ar' | 'he'; readonly text: string } {
  const lang = random() < 0.6 ? 'ar' : 'he';
  const list = lang === 'ar' ? arabic : hebrew;
  const text = random() < 0.5 ? pick(random, list) : `${pick(random, list)} ${pick(random, list)}`;
  return { lang, text };
}

/** ASCII digits written as Thai digits (๐–๙). */
export function thaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

export const thaiMonths = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
];

/** A Christian-era year in the span articles mostly talk about. */
export function year(random: Random): number {
  return random() < 0.8 ? randomInt(random, 1850, 2024) : randomInt(random, 1000, 1849);
}

/** A date as Thai articles write it: "5 มีนาคม พ.ศ. 2563" (Buddhist era is 543 years ahead). */
export function thaiDate(random: Random): string {
  return `${randomInt(random, 1, 28)} ${pick(random, thaiMonths)} พ.ศ. ${year(random) + 543}`;
}

/** An ISO date, as citation templates take it. */
export function isoDate(random: Random): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${randomInt(random, 1995, 2024)}-${pad(randomInt(random, 1, 12))}-${pad(randomInt(random, 1, 28))}`;
}

/** A figure with its thousands separators: "12,345,678". */
export function bigNumber(random: Random): string {
  return randomInt(random, 1_000, 99_999_999).toLocaleString('en-US');
}

/** A number in running text: a year in either era, a count, a share or a day; a fifth of them in Thai digits. */
export function runningNumber(random: Random): string {
  const r = random();
  let text: string;
  if (r < 0.35) text = `พ.ศ. ${year(random) + 543}`;
  else if (r < 0.5) text = `ค.ศ. ${year(random)}`;
  else if (r < 0.7) text = `${bigNumber(random)} คน`;
  else if (r < 0.8) text = `ร้อยละ ${randomInt(random, 1, 99)}.${randomInt(random, 0, 9)}`;
  else if (r < 0.9) text = thaiDate(random);
  else text = String(randomInt(random, 1, 500));
  return random() < 0.2 ? thaiDigits(text) : text;
}
