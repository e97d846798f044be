/** A small article for crash tests, the same for the same numbers: its sections say which article and version they belong to. */
import type { Article } from '../../../common/article.js';
import { articleIdOfTitle } from '../../../main/library/title.js';

export function generatedArticle(version: number, n: number): Article {
  const title = `บทความทดสอบ ${n}`;
  const sections = Array.from({ length: 1 + (n % 5) }, (_, i) => ({
    id: `ส่วน-${i + 1}`,
    heading: `ส่วน ${i + 1}`,
    level: 2 as const,
    paragraphs: [{ runs: [{ text: `บทความ ${n} รุ่น ${version} ส่วน ${i + 1} `.repeat(20 + (n % 40)) }] }],
  }));
  return { id: articleIdOfTitle(title), title, lang: 'th', lead: [{ runs: [{ text: `ย่อหน้านำ ${n}` }] }], sections, hasReferenceList: false };
}
