/**
 * Decides whether bytes are an article text and decodes them. Pure, so imports that get
 * bytes from elsewhere reuse the same checks.
 */

/** Either the decoded text or why the bytes are refused. */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * More control bytes than this share means binary data, or UTF-16 read as bytes.
 * Text exports have none besides tabs and line breaks, so a small share is already suspect.
 */
export const maxControlShare = 0.02;

function isControlByte(byte: number): boolean {
  // Tab, LF, VT, FF and CR are text; in UTF-8 every byte below 0x80 is a whole ASCII character.
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

function controlShare(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (isControlByte(byte)) count++;
  return count / bytes.length;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Decodes an article file's bytes as UTF-8, refusing empty, binary and non-UTF-8 content. */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  if (hasUtf16Bom(bytes)) return { ok: false, reason: 'text is UTF-16; save it as UTF-8' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const share = controlShare(bytes);
  if (share > maxControlShare) {
    return { ok: false, reason: `binary file (${Math.round(share * 100)}% control characters)` };
  }
  let text: string;
  try {
    // The decoder drops a leading BOM itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Thai text that is not UTF-8 is nearly always in the legacy Thai code page.
    return { ok: false, reason: 'not valid UTF-8 (convert TIS-620 or Windows-874 text to UTF-8 first)' };
  }
  if (text.trim() === '') return { ok: false, reason: 'file contains only whitespace' };
  return { ok: true, text };
}
