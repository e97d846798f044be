/**
 * Realistic queries over the seed article, each with the section(s) that answer it.
 * Sections are named by heading (the article title for the lead) and resolved to ids
 * from the parsed article, so a change of slug rule cannot silently change the set.
 * When a term honestly occurs in several sections, all are listed, the best first;
 * any of them counts as a right answer.
 */
import { seedArticle } from '../../seed.js';

export type QueryKind = 'name' | 'place' | 'date' | 'number' | 'organisation' | 'phrase' | 'prefix' | 'infix' | 'words' | 'heading';

export interface SeedQuery {
  readonly query: string;
  readonly kind: QueryKind;
  /** Headings of the acceptable sections, best first; the title stands for the lead. */
  readonly sections: readonly [string, ...string[]];
}

const lead = seedArticle.title;
const [delhi, afghanistan, iran, kazakhstan, tajikistan] = seedArticle.headings;

export const seedQueries: readonly SeedQuery[] = [
  // People, as a reader would type them.
  { query: 'ลาฟรอฟ', kind: 'name', sections: [afghanistan] },
  { query: 'เซียร์เกย์ ลาฟรอฟ', kind: 'name', sections: [afghanistan] },
  { query: 'ชิรีนอฟสกี', kind: 'name', sections: [afghanistan] },
  { query: 'มัตวิเยนโก', kind: 'name', sections: [afghanistan] },
  { query: 'วาเลนตินา', kind: 'name', sections: [afghanistan] },
  { query: 'อับดุลเลาะห์', kind: 'name', sections: [afghanistan] },
  { query: 'กูรอฟ', kind: 'name', sections: [iran] },
  { query: 'อะเลคซันดร์', kind: 'name', sections: [iran] },
  { query: 'บาลูเยฟสกี', kind: 'name', sections: [kazakhstan] },
  { query: 'อิซเมลอฟ', kind: 'name', sections: [kazakhstan] },
  { query: 'ตอลิบาน', kind: 'name', sections: [afghanistan] },
  // Places.
  { query: 'ไฮเดอราบาด', kind: 'place', sections: [delhi] },
  { query: 'เดลี', kind: 'place', sections: [delhi] },
  { query: 'เบสลัน', kind: 'place', sections: [kazakhstan] },
  { query: 'อินกูเชเตีย', kind: 'place', sections: [kazakhstan] },
  { query: 'มอสโก', kind: 'place', sections: [afghanistan] },
  { query: 'เกาหลีเหนือ', kind: 'place', sections: [delhi] },
  { query: 'เติร์กเมนิสถาน', kind: 'place', sections: [kazakhstan] },
  { query: 'อาร์มีเนีย', kind: 'place', sections: [kazakhstan] },
  { query: 'เอเชียกลาง', kind: 'place', sections: [tajikistan, afghanistan] },
  // Dates and numbers.
  { query: '2007', kind: 'date', sections: [delhi] },
  { query: '2006', kind: 'date', sections: [kazakhstan] },
  { query: '2004', kind: 'date', sections: [afghanistan, tajikistan] },
  { query: '14 กุมภาพันธ์', kind: 'date', sections: [delhi] },
  { query: '15 พฤษภาคม', kind: 'date', sections: [tajikistan] },
  { query: '7 พฤษภาคม', kind: 'date', sections: [afghanistan] },
  { query: '11 กันยายน', kind: 'date', sections: [afghanistan] },
  { query: '9/11', kind: 'date', sections: [iran] },
  { query: '20,000', kind: 'number', sections: [tajikistan] },
  // Organisations.
  { query: 'เอฟเอสบี', kind: 'organisation', sections: [kazakhstan] },
  { query: 'เคเอ็นบี', kind: 'organisation', sections: [kazakhstan] },
  { query: 'สภาดูมา', kind: 'organisation', sections: [iran, afghanistan] },
  { query: 'สหประชาชาติ', kind: 'organisation', sections: [delhi] },
  { query: 'เครือรัฐเอกราช', kind: 'organisation', sections: [kazakhstan] },
  { query: 'พรรคเสรีประชาธิปไตย', kind: 'organisation', sections: [afghanistan] },
  // Phrases.
  { query: 'ผู้ลี้ภัยชาวอัฟกัน', kind: 'phrase', sections: [afghanistan] },
  { query: 'สงครามเย็น', kind: 'phrase', sections: [iran] },
  { query: 'ถอนทหาร', kind: 'phrase', sections: [tajikistan] },
  { query: 'ยาเสพติดผิดกฎหมาย', kind: 'phrase', sections: [delhi] },
  { query: 'มาเฟียยาเสพติด', kind: 'phrase', sections: [kazakhstan] },
  { query: 'หลายครั้งในต่างประเทศ', kind: 'phrase', sections: [lead] },
  { query: 'โต๊ะกลม', kind: 'phrase', sections: [afghanistan] },
  // Prefixes, as typed.
  { query: 'ลาฟ', kind: 'prefix', sections: [afghanistan] },
  { query: 'คาซัค', kind: 'prefix', sections: [kazakhstan] },
  { query: 'ไฮเดอ', kind: 'prefix', sections: [delhi] },
  { query: 'ชิรีน', kind: 'prefix', sections: [afghanistan] },
  { query: 'อินกู', kind: 'prefix', sections: [kazakhstan] },
  { query: 'ทาจิ', kind: 'prefix', sections: [tajikistan, kazakhstan] },
  // Infixes: the middle of a word.
  { query: 'ซเมล', kind: 'infix', sections: [kazakhstan] },
  { query: 'ดอราบา', kind: 'infix', sections: [delhi] },
  { query: 'วิเยน', kind: 'infix', sections: [afghanistan] },
  // Several words, all required.
  { query: 'ความมั่นคง เดลี', kind: 'words', sections: [delhi] },
  { query: 'ลาฟรอฟ 2004', kind: 'words', sections: [afghanistan] },
  { query: 'ถอนทหาร 20,000', kind: 'words', sections: [tajikistan] },
  { query: 'รัสเซีย ประเทศอื่น', kind: 'words', sections: [lead] },
  { query: 'เอฟเอสบี เบสลัน', kind: 'words', sections: [kazakhstan] },
  // Headings.
  { query: 'คาซัคสถาน', kind: 'heading', sections: [kazakhstan] },
  { query: 'อัฟกานิสถาน', kind: 'heading', sections: [afghanistan, delhi, tajikistan] },
  { query: 'อิหร่าน', kind: 'heading', sections: [iran, delhi] },
  { query: 'ทาจิกิสถาน', kind: 'heading', sections: [tajikistan, kazakhstan] },
  { query: 'การประชุมสุดยอดว่าด้วยความมั่นคงเดลี', kind: 'heading', sections: [delhi] },
  { query: 'ต่อต้านการก่อการร้ายระหว่างประเทศ', kind: 'heading', sections: [lead] },
];
