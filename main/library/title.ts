/**
 * Wiki titles as keys: the same page always gets the same key and the same
 * article id, whichever importer read it and however its title was spelled
 * ("Bangkok_city", " bangkok  city" and "Bangkok city" are one page).
 */
import { createHash } from 'node:crypto';
import { limits } from '../../common/limits.js';
import { withoutBidiControls } from './bidi.js';

/**
 * MediaWiki's normal form: NFC, bidi controls dropped, underscores as spaces,
 * runs of white space as one, trimmed, and the first letter upper-cased (the
 * wiki does the same, so "bangkok" and "Bangkok" name one page).
 */
export function normalizeTitle(title: string): string {
  const spaced = withoutBidiControls(title.normalize('NFC'))
    .replace(/[_\s]+/gu, ' ')
    .trim();
  const first = spaced.codePointAt(0);
  if (first === undefined) return '';
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + spaced.slice(head.length);
}

/** The key titles and redirect aliases are looked up by. */
export function titleKey(title: string): string {
  return normalizeTitle(title);
}

/**
 * An imported article's id: its normalized title with underscores for spaces,
 * as in a Wikipedia address. A title too long for an id keeps its start and
 * gets a hash of the whole, so the id stays unique and stable.
 */
export function articleIdOfTitle(title: string): string {
  const id = normalizeTitle(title).replace(/ /g, '_');
  const chars = [...id];
  if (chars.length <= limits.id) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `${chars.slice(0, limits.id - hash.length - 1).join('')}~${hash}`;
}
