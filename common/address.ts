/**
 * Addresses: every view of the reader has one, in the URL's fragment, so
 * that browser mode opens it directly, "copy link" can give it and the
 * history can return to it. `#/` is home (the library), `#/a/<article>` an
 * article and `#/a/<article>/<section>` a section of it. Ids come from titles
 * and headings and may be Thai: they stay readable, and only what a fragment
 * cannot carry (or `%` and `/`, so that decoding splits and round-trips) is
 * percent-encoded.
 */

/** A place the reader can be: home, or an article (at one of its sections). */
export type Place =
  | { readonly view: 'home' }
  | { readonly view: 'article'; readonly articleId: string; readonly sectionId: string | null };

export const home: Place = { view: 'home' };

export function articlePlace(articleId: string, sectionId: string | null = null): Place {
  return { view: 'article', articleId, sectionId };
}

/** The fragment (with `#`) that names a place. */
export function addressOf(place: Place): string {
  if (place.view === 'home') return '#/';
  const article = `#/a/${segment(place.articleId)}`;
  return place.sectionId === null ? article : `${article}/${segment(place.sectionId)}`;
}

/** The place a fragment names; null for none (no fragment, or not an address). */
export function placeOf(hash: string): Place | null {
  if (hash === '#/') return home;
  const match = /^#\/a\/([^/]+)(?:\/([^/]+))?\/?$/u.exec(hash);
  if (!match) return null;
  return articlePlace(decoded(match[1]!), match[2] === undefined ? null : decoded(match[2]));
}

/**
 * The section an older link's bare `#<section>` fragment names, if it is one
 * of `sectionIds` (links copied before articles had addresses).
 */
export function sectionOfBareFragment(hash: string, sectionIds: readonly string[]): string | null {
  if (hash.length <= 1 || hash.startsWith('#/')) return null;
  const raw = hash.slice(1);
  const id = decoded(raw);
  if (sectionIds.includes(id)) return id;
  return sectionIds.includes(raw) ? raw : null;
}

function segment(id: string): string {
  return Array.from(id, (c) => (needsEscape(c) ? encodeURIComponent(c) : c)).join('');
}

function needsEscape(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || /[\s%"<>`/#]/u.test(char);
}

/** A segment decoded; a malformed escape is taken as typed. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
