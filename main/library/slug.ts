/**
 * Section ids: readable slugs of the headings, unique within an article.
 */
import { leadSectionId } from '../../common/article.js';

/** Ids no heading may take; the lead is addressed as section "lead". */
export const reservedSectionIds: readonly string[] = [leadSectionId];

/** Slugs are cut to this many characters so that ids stay usable in links. */
export const maxSlugLength = 100;

/**
 * Lowercases Latin, keeps every letter, digit and combining mark (Thai vowel and tone
 * marks change the word, so they stay), and turns each run of anything else into "-".
 * Answers "" when nothing is left.
 */
export function slugify(heading: string): string {
  const slug = heading
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...slug];
  if (chars.length <= maxSlugLength) return slug;
  // Cut before a whole base+marks cluster: dropping only its marks would spell another word.
  let end = maxSlugLength;
  while (end > 0 && /\p{M}/u.test(chars[end] ?? '')) end--;
  return chars.slice(0, end).join('').replace(/-+$/, '');
}

/**
 * Gives each heading, in order, its slug ("section" when empty), adding "-2", "-3"… to
 * a slug already taken or reserved. The result depends only on the headings.
 */
export function uniqueSectionIds(headings: readonly string[]): string[] {
  const taken = new Set(reservedSectionIds);
  // Where each base's search for a free suffix goes on: a heading repeated 10,000 times stays linear.
  const nextSuffix = new Map<string, number>();
  return headings.map((heading) => {
    const base = slugify(heading) || 'section';
    let id = base;
    for (let n = nextSuffix.get(base) ?? 2; taken.has(id); n++) {
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    taken.add(id);
    return id;
  });
}
