/**
 * Which wiki names a link or a file uses: the dump's own namespace names (its
 * <siteinfo>), plus the English canonical names and Thai Wikipedia's, which
 * wikitext may use whatever the wiki's language ("[[Image:…]]", "[[ภาพ:…]]").
 */
import type { DumpSite } from './xml.js';

const fileNamespace = 6;
const mediaNamespace = -2;
const categoryNamespace = 14;

/** Names every MediaWiki understands, and Thai Wikipedia's (with its aliases). Lower-cased. */
const knownNamespaces: ReadonlyMap<string, number> = new Map([
  ['media', -2], ['สื่อ', -2],
  ['special', -1], ['พิเศษ', -1],
  ['talk', 1], ['พูดคุย', 1],
  ['user', 2], ['ผู้ใช้', 2],
  ['user talk', 3], ['คุยกับผู้ใช้', 3],
  ['wikipedia', 4], ['วิกิพีเดีย', 4], ['project', 4],
  ['wikipedia talk', 5], ['คุยเรื่องวิกิพีเดีย', 5],
  ['file', 6], ['image', 6], ['ไฟล์', 6], ['ภาพ', 6],
  ['file talk', 7], ['คุยเรื่องไฟล์', 7],
  ['mediawiki', 8], ['มีเดียวิกิ', 8],
  ['template', 10], ['แม่แบบ', 10],
  ['template talk', 11], ['คุยเรื่องแม่แบบ', 11],
  ['help', 12], ['วิธีใช้', 12],
  ['category', 14], ['หมวดหมู่', 14],
  ['category talk', 15], ['คุยเรื่องหมวดหมู่', 15],
  ['portal', 100], ['สถานีย่อย', 100],
  ['module', 828], ['มอดูล', 828],
]);

export interface WikiNamespaces {
  /** "[[" and a name of the file or media namespace and ":" (global, any case): a picture, not a link. */
  readonly fileLinkStart: RegExp;
  /** The same for categories. */
  readonly categoryLinkStart: RegExp;
  /** The namespace a title's prefix names, 0 (articles) when it names none. */
  namespaceOfTitle(title: string): number;
}

const bySite = new WeakMap<DumpSite, WikiNamespaces>();

/** The namespaces of a dump's wiki (computed once per dump). */
export function wikiNamespaces(site: DumpSite): WikiNamespaces {
  const known = bySite.get(site);
  if (known) return known;
  const names = new Map([...knownNamespaces, ...site.namespaces]);
  const linkStart = (...keys: number[]): RegExp => {
    const alternatives = [...names].filter(([, key]) => keys.includes(key)).map(([name]) => namePattern(name));
    return new RegExp(`\\[\\[\\s*(?:${alternatives.join('|')})\\s*:`, 'giu');
  };
  const namespaces: WikiNamespaces = {
    fileLinkStart: linkStart(fileNamespace, mediaNamespace),
    categoryLinkStart: linkStart(categoryNamespace),
    namespaceOfTitle(title) {
      const colon = title.indexOf(':');
      if (colon <= 0) return 0;
      return names.get(title.slice(0, colon).replace(/_/g, ' ').trim().toLowerCase()) ?? 0;
    },
  };
  bySite.set(site, namespaces);
  return namespaces;
}

/** A namespace name as a pattern: its spaces may be written as underscores. */
function namePattern(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _]+');
}
