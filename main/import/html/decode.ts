/**
 * From an input's bytes to the page's text: read with a size cap, then
 * decoded as the page says (a byte order mark, else `<meta charset>`, else UTF-8).
 */
import type { ImportInput } from '../types.js';
import { refusal } from './refusal.js';

/** Larger inputs are refused unread: a Wikipedia article's HTML is well under 5 MiB. */
export const maxHtmlBytes = 32 * 1024 * 1024;

/** How far into the page a `<meta charset>` is looked for (the HTML standard's prescan reads 1024 bytes). */
const charsetScanBytes = 4096;

const boms: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomEncoding(bytes: Uint8Array): string | undefined {
  return boms.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte))?.encoding;
}

/** Reads the whole stream, refusing it as soon as it passes `cap` bytes. */
export async function readCapped(input: ImportInput, cap: number = maxHtmlBytes): Promise<Uint8Array> {
  const tooLarge = (): Error => refusal(input.name, `larger than ${cap / (1024 * 1024)} MiB; not a single page`);
  if (input.size !== undefined && input.size > cap) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input.stream) {
    total += chunk.length;
    if (total > cap) throw tooLarge();
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The label in the page's `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // Read as Windows-1252, where every byte is one character: the markup is ASCII whatever the charset.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, charsetScanBytes));
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([^\s"';>]+)/i.exec(head)?.[1];
}

/** The encoding to decode with: its WHATWG name, or a refusal for a label no decoder knows. */
function encodingOf(bytes: Uint8Array, name: string): string {
  const byBom = bomEncoding(bytes);
  if (byBom !== undefined) return byBom;
  const label = declaredCharset(bytes);
  if (label === undefined) return 'utf-8';
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    throw refusal(name, `declares an unknown charset "${label.slice(0, 40)}"`);
  }
  // A page cannot declare UTF-16 in its own ASCII markup; browsers read such a page as UTF-8.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** The page's text (windows-874/TIS-620 and other legacy charsets included), or a refusal when its bytes do not decode. */
export function decodeHtml(bytes: Uint8Array, name: string): string {
  const encoding = encodingOf(bytes, name);
  try {
    // The decoder drops a byte order mark of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw refusal(name, `not valid ${encoding === 'utf-8' ? 'UTF-8' : encoding} text`);
  }
}

/** What HTML starts with, once a BOM, white space and comments are skipped. */
const htmlStart = /^(?:\s|<!--[\s\S]*?-->)*(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Whether an input is an HTML page: by its extension (.html, .htm, .xhtml) or
 * by its first bytes (`<!DOCTYPE html` or `<html`, in any case).
 */
export function looksLikeHtml(name: string, head: Uint8Array): boolean {
  if (/\.(?:html?|xhtml)$/i.test(name)) return true;
  const encoding = bomEncoding(head) ?? 'windows-1252';
  const text = new TextDecoder(encoding).decode(head.subarray(0, charsetScanBytes));
  return htmlStart.test(text.replace(/^\uFEFF/, ''));
}
