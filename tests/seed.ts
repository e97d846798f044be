/** What the tests know of the bundled seed article, stated once. */
export const seedArticle = {
  id: 'russia-international-counter-terrorism',
  /** Relative to the project root. */
  path: 'data/articles/russia-international-counter-terrorism.txt',
  title: 'ปฏิบัติการต่อต้านการก่อการร้ายระหว่างประเทศของรัสเซีย',
  headings: ['การประชุมสุดยอดว่าด้วยความมั่นคงเดลี', 'อัฟกานิสถาน', 'อิหร่าน', 'คาซัคสถาน', 'ทาจิกิสถาน', 'อ้างอิง'],
} as const;
