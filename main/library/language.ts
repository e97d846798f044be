/**
 * The language of a text export, read from the source itself: the wiki's edit
 * link word on its headings says which Wikipedia it came from (แก้ / แก้ไข: Thai,
 * edit: English); without headings, a text mostly in Thai script is Thai.
 */
const editWords: Readonly<Record<string, string>> = { แก้: 'th', แก้ไข: 'th', edit: 'en' };

/** BCP 47: "th", "en", or "und" (undetermined). */
export function sourceLanguage(editWord: string | undefined, text: string): string {
  const byEditLink = editWord === undefined ? undefined : editWords[editWord.toLowerCase()];
  if (byEditLink) return byEditLink;
  const thai = text.match(/[\u0E01-\u0E5B]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return thai > 0 && thai >= latin ? 'th' : 'und';
}
