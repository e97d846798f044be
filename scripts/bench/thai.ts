/**
 * Synthetic Thai words built from real syllable parts, so that a generated corpus has
 * a long tail of rare terms that still look and segment like Thai.
 */
import { pick, randomInt, type Random } from './random.js';

const onsets = [
  ...'กขคงจฉชซดตถทนบปผพฟมยรลวสหอ',
  // True clusters: the tone mark goes on their second consonant, as in กร้าว.
  'กร', 'กล', 'กว', 'ขร', 'ขล', 'ขว', 'คร', 'คล', 'คว', 'ตร', 'ปร', 'ปล', 'พร', 'พล',
];

const finals = [...'กงดนมบยว'];

type FinalRule = 'none' | 'optional' | 'required';

/** Vowel forms around the onset C; T is where a tone mark goes (after any upper or lower vowel). */
const vowels: readonly { readonly form: string; readonly final: FinalRule }[] = [
  { form: 'CTา', final: 'optional' },
  { form: 'CTะ', final: 'none' },
  { form: 'CัTF', final: 'required' },
  { form: 'CิT', final: 'optional' },
  { form: 'CีT', final: 'optional' },
  { form: 'CึT', final: 'optional' },
  { form: 'CืTอ', final: 'none' },
  { form: 'CุT', final: 'optional' },
  { form: 'CูT', final: 'optional' },
  { form: 'เCT', final: 'optional' },
  { form: 'แCT', final: 'optional' },
  { form: 'โCT', final: 'optional' },
  { form: 'ไCT', final: 'none' },
  { form: 'ใCT', final: 'none' },
  { form: 'CTำ', final: 'none' },
  { form: 'เCTา', final: 'none' },
  { form: 'เCีTย', final: 'optional' },
  { form: 'เCืTอ', final: 'optional' },
  { form: 'CัTว', final: 'optional' },
];

// Most syllables carry no written tone mark; mai tri and mai chattawa are rare.
function toneMark(random: Random): string {
  const r = random();
  if (r < 0.7) return '';
  if (r < 0.85) return '\u0E48';
  if (r < 0.96) return '\u0E49';
  return r < 0.98 ? '\u0E4A' : '\u0E4B';
}

/** One syllable: onset + vowel form + optional final consonant + optional tone mark. */
export function syntheticSyllable(random: Random): string {
  const vowel = pick(random, vowels);
  const withFinal = vowel.final === 'required' || (vowel.final === 'optional' && random() < 0.5);
  const final = withFinal ? pick(random, finals) : '';
  const form = vowel.form.replace('C', pick(random, onsets)).replace('T', toneMark(random));
  return form.includes('F') ? form.replace('F', final) : form + final;
}

/** A word of one to three syllables. */
export function syntheticWord(random: Random): string {
  const r = random();
  const syllables = r < 0.3 ? 1 : r < 0.8 ? 2 : 3;
  let word = '';
  for (let i = 0; i < syllables; i++) word += syntheticSyllable(random);
  return word;
}

/** `count` distinct synthetic words, none of them in `exclude`. */
export function syntheticWords(random: Random, count: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  // Three-syllable space is large, so this ends quickly for any count the bench uses.
  while (words.length < count) {
    const word = syntheticWord(random);
    if (seen.has(word) || exclude.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** A number as articles write them: a year, a round figure with thousands separators, or a day. */
export function syntheticNumber(random: Random): string {
  const r = random();
  if (r < 0.5) return String(randomInt(random, 1800, 2024));
  if (r < 0.75) return (randomInt(random, 1, 99) * 1000).toLocaleString('en-US');
  return String(randomInt(random, 1, 31));
}
