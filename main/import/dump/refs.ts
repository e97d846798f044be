/**
 * <ref> tags as marks carrying their numbers, and reference lists taken out.
 */
import { citeMark, maxCiteMarks } from './marks.js';

/** <references/> and <references>…</references> (whose list-defined refs must not be numbered as cited) removed. */
export function withoutReferenceLists(text: string): { text: string; found: boolean } {
  const tag = /<references\b[^>]{0,500}?(\/?)>/gi;
  const close = /<\/references\s*>/gi;
  const kept: string[] = [];
  let from = 0;
  let found = false;
  for (let match = tag.exec(text); match !== null; match = tag.exec(text)) {
    found = true;
    kept.push(text.slice(from, match.index));
    from = tag.lastIndex;
    if (match[1] === '/') continue;
    close.lastIndex = from;
    const end = close.exec(text);
    if (end === null) break;
    from = close.lastIndex;
    tag.lastIndex = from;
  }
  kept.push(text.slice(from));
  return { text: kept.join(''), found };
}

/**
 * Each <ref>…</ref> and <ref …/> becomes one mark carrying its label, numbered
 * in page order as MediaWiki numbers them: per group ("note 1"), a named ref
 * keeping the number of its first use. A <ref> never closed is a mark and its
 * text stays.
 */
export function markRefs(text: string): { text: string; cites: string[] } {
  const open = /<ref(?=[\s>/])([^>]{0,500}?)(\/?)>/gi;
  const close = /<\/ref\s*>/gi;
  const cites: string[] = [];
  const markByKey = new Map<string, string>();
  const countByGroup = new Map<string, number>();
  const kept: string[] = [];
  let from = 0;
  let closesLeft = true;
  for (let match = open.exec(text); match !== null; match = open.exec(text)) {
    const attributes = match[1] ?? '';
    const group = attributeValue(attributes, 'group') ?? '';
    const name = attributeValue(attributes, 'name');
    kept.push(text.slice(from, match.index));
    from = open.lastIndex;
    if (match[2] !== '/' && closesLeft) {
      close.lastIndex = from;
      const end = close.exec(text);
      if (end === null) closesLeft = false;
      else from = open.lastIndex = close.lastIndex;
    }
    const key = name === undefined ? undefined : `${group}\u0000${name}`;
    let mark = key === undefined ? undefined : markByKey.get(key);
    if (mark === undefined) {
      const number = (countByGroup.get(group) ?? 0) + 1;
      countByGroup.set(group, number);
      if (cites.length >= maxCiteMarks) continue;
      mark = citeMark(cites.length);
      cites.push(group === '' ? String(number) : `${group} ${String(number)}`);
      if (key !== undefined) markByKey.set(key, mark);
    }
    kept.push(mark);
  }
  kept.push(text.slice(from));
  return { text: kept.join(''), cites };
}

function attributeValue(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'/>]+))`, 'i').exec(attributes);
  if (match === null) return undefined;
  const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
  return value === '' ? undefined : value;
}

