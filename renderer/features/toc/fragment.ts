/**
 * Section ids ↔ URL fragments. Ids come from the parser and may be Thai;
 * they stay readable in links, and only characters a fragment cannot carry
 * (or `%`, so decoding round-trips) are percent-encoded.
 */

/** The fragment (with `#`) that points to a section. */
export function hashOf(sectionId: string): string {
  return '#' + Array.from(sectionId, (c) => (needsEscape(c) ? encodeURIComponent(c) : c)).join('');
}

function needsEscape(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || /[\s%"<>`]/u.test(char);
}

/** The section a location hash names, or null when it names none of `sectionIds`. */
export function sectionIdFromHash(hash: string, sectionIds: readonly string[]): string | null {
  if (hash.length <= 1) return null;
  const raw = hash.slice(1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: compare the fragment as typed.
  }
  if (sectionIds.includes(decoded)) return decoded;
  return sectionIds.includes(raw) ? raw : null;
}

/** The shareable link to a section of the current page. */
export function sectionLink(sectionId: string): string {
  // file: pages have the opaque origin "null"; fall back to the scheme so the link still works.
  const origin = location.origin !== 'null' ? location.origin : `${location.protocol}//${location.host}`;
  return origin + location.pathname + hashOf(sectionId);
}
