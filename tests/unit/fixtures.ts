/** Small hand-made values shared by unit tests. */
import type { Article } from '../../main/contract.js';

export const sampleArticle: Article = {
  id: 'sample',
  title: 'บทความตัวอย่าง',
  lang: 'th',
  lead: [{ runs: [{ text: 'ย่อหน้านำ' }] }],
  sections: [
    { id: 'ประวัติ', heading: 'ประวัติ', paragraphs: [{ runs: [{ text: 'ข้อความ' }, { cite: '1' }] }] },
    { id: 'อ้างอิง', heading: 'อ้างอิง', paragraphs: [] },
  ],
  hasReferenceList: false,
};
