/**
 * HTML character references left in wikitext ("&lrm;", "&#91;", "&times;"):
 * wtf_wikipedia decodes only a few of them (&nbsp; &ndash; &amp; …), and the
 * reader shows text, not HTML.
 */

/** The named references wikitext commonly uses; others stay as written. */
const named: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '\u00AD',
  zwj: '\u200D', zwnj: '\u200C', lrm: '\u200E', rlm: '\u200F',
  ndash: '–', mdash: '—', minus: '−', hellip: '…', middot: '·', bull: '•',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  prime: '′', Prime: '″', deg: '°', times: '×', divide: '÷', plusmn: '±',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', frac12: '½', frac14: '¼', frac34: '¾',
  sup2: '²', sup3: '³', micro: 'µ', sect: '§', para: '¶', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
};

const reference = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(reference, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return named[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    // Private-use characters are taken out of all wikitext (see marks.ts).
    return valid && (code < 0xe000 || code > 0xf8ff) ? String.fromCodePoint(code) : whole;
  });
}
