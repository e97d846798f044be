/** The Thai message table: the source of truth for which messages exist. */
export const th = {
  appName: 'อักษร Aksorn',
  skipToContent: 'ข้ามไปยังเนื้อหา',
  languageLabel: 'ภาษาของหน้าจอ',
  languageThai: 'ไทย',
  languageEnglish: 'English',
  languageSaveFailed: 'บันทึกการตั้งค่าภาษาไม่สำเร็จ',
  tocTitle: 'สารบัญ',
  tocLabel: 'สารบัญ',
  tocToggle: 'สารบัญ',
  tocClose: 'ปิดสารบัญ',
  loadingArticle: 'กำลังโหลดบทความ…',
  loadFailed: 'โหลดบทความไม่สำเร็จ',
  retry: 'ลองอีกครั้ง',
  libraryEmpty: 'ยังไม่มีบทความในคลัง',
  citationTooltip: 'อ้างอิงที่ {number}: รายการอ้างอิงไม่ได้รวมอยู่ในสำเนานี้',
  citationNeeded: 'ต้องการอ้างอิง',
  citationNeededTooltip: 'ข้อความนี้ยังไม่มีแหล่งอ้างอิง',
  referencesMissing: 'รายการอ้างอิงไม่ได้รวมอยู่ในสำเนานี้ ตัวเลขในวงเล็บเหลี่ยมชี้ไปยังแหล่งอ้างอิงในบทความต้นฉบับ',
  copyLink: 'คัดลอกลิงก์ไปยังหัวข้อ “{heading}”',
  linkCopied: 'คัดลอกลิงก์แล้ว',
  copyFailed: 'คัดลอกอัตโนมัติไม่ได้ คัดลอกลิงก์นี้ด้วยตนเอง:',
  copyField: 'ลิงก์ไปยังหัวข้อ “{heading}”',
  dismiss: 'ปิด',
} as const;

/** The name of one UI message. */
export type MessageKey = keyof typeof th;

/** A complete message table: every key of the Thai table, and no other. */
export type Messages = { readonly [K in MessageKey]: string };
