/**
 * MediaWiki's XML export format (version 0.11), as Wikimedia's dumps write
 * it: the siteinfo of Thai Wikipedia, then one <page> element per page.
 */
import { createHash } from 'node:crypto';
import type { Contributor, DumpPage } from './pages.js';

// Besides the markup characters: what XML 1.0 forbids (C0 controls other than
// tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) and CR, which a parser
// would turn into LF unless it is written as a reference.
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const needsEscape = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

function escapeChar(char: string): string {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\r':
      return '&#13;';
    default:
      return '\uFFFD';
  }
}

/** Text made safe for XML content and attribute values; characters XML cannot carry become U+FFFD. */
export function escapeXml(text: string): string {
  needsEscape.lastIndex = 0;
  return needsEscape.test(text) ? text.replace(needsEscape, escapeChar) : text;
}

/** MediaWiki's revision hash: SHA-1 in base 36, 31 digits. */
export function mediawikiSha1(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  return BigInt(`0x${hex}`).toString(36).padStart(31, '0');
}

/** Thai Wikipedia's namespaces; importers keep namespace 0 only. */
export const namespaces: readonly (readonly [key: number, name: string])[] = [
  [-2, 'สื่อ'], [-1, 'พิเศษ'], [0, ''], [1, 'พูดคุย'], [2, 'ผู้ใช้'], [3, 'คุยกับผู้ใช้'],
  [4, 'วิกิพีเดีย'], [5, 'คุยเรื่องวิกิพีเดีย'], [6, 'ไฟล์'], [7, 'คุยเรื่องไฟล์'],
  [8, 'มีเดียวิกิ'], [9, 'คุยเรื่องมีเดียวิกิ'], [10, 'แม่แบบ'], [11, 'คุยเรื่องแม่แบบ'],
  [12, 'วิธีใช้'], [13, 'คุยเรื่องวิธีใช้'], [14, 'หมวดหมู่'], [15, 'คุยเรื่องหมวดหมู่'],
  [100, 'สถานีย่อย'], [101, 'คุยเรื่องสถานีย่อย'], [828, 'มอดูล'], [829, 'คุยเรื่องมอดูล'],
];

/** Everything before the first page. */
export function dumpHeader(): string {
  const names = namespaces
    .map(([key, name]) =>
      name === ''
        ? `      <namespace key="${key}" case="first-letter" />`
        : `      <namespace key="${key}" case="first-letter">${escapeXml(name)}</namespace>`,
    )
    .join('\n');
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="th">
  <siteinfo>
    <sitename>วิกิพีเดีย</sitename>
    <dbname>thwiki</dbname>
    <base>https://th.wikipedia.org/wiki/%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2%E0%B8%AB%E0%B8%A5%E0%B8%B1%E0%B8%81</base>
    <generator>MediaWiki 1.44.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
${names}
    </namespaces>
  </siteinfo>
`;
}

/** Everything after the last page. */
export const dumpFooter = '</mediawiki>\n';

function contributorXml(contributor: Contributor): string {
  if ('ip' in contributor) return `      <contributor>\n        <ip>${escapeXml(contributor.ip)}</ip>\n      </contributor>\n`;
  return `      <contributor>\n        <username>${escapeXml(contributor.username)}</username>\n        <id>${contributor.id}</id>\n      </contributor>\n`;
}

/** One <page> element, and the UTF-8 bytes of its wikitext. */
export function pageXml(page: DumpPage): { readonly xml: string; readonly textBytes: number } {
  const { revision } = page;
  const textBytes = Buffer.byteLength(page.text);
  const sha1 = mediawikiSha1(page.text);
  let xml = `  <page>\n    <title>${escapeXml(page.title)}</title>\n    <ns>${page.ns}</ns>\n    <id>${page.id}</id>\n`;
  if (page.redirect !== undefined) xml += `    <redirect title="${escapeXml(page.redirect)}" />\n`;
  xml += `    <revision>\n      <id>${revision.id}</id>\n`;
  if (revision.parentId !== undefined) xml += `      <parentid>${revision.parentId}</parentid>\n`;
  xml += `      <timestamp>${revision.timestamp}</timestamp>\n${contributorXml(revision.contributor)}`;
  if (revision.minor) xml += '      <minor />\n';
  if (revision.comment !== undefined) xml += `      <comment>${escapeXml(revision.comment)}</comment>\n`;
  xml += `      <origin>${revision.id}</origin>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n`;
  xml += `      <text bytes="${textBytes}" sha1="${sha1}" xml:space="preserve">${escapeXml(page.text)}</text>\n`;
  xml += `      <sha1>${sha1}</sha1>\n    </revision>\n  </page>\n`;
  return { xml, textBytes };
}
