/** Shared readers for the HTML importer's tests. */
import { readFileSync } from 'node:fs';
import type { Article, Paragraph, Run } from '../../../../common/article.js';
import { paragraphText } from '../../../../common/article.js';
import type { ImportItem } from '../../../../main/import/types.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/import/html/${name}`, import.meta.url), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../../fixtures/import/html/${name}`, import.meta.url));
}

/** The one article among the items (fails the test when there is not exactly one). */
export function articleOf(items: readonly ImportItem[]): Article {
  const articles = items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
  if (articles.length !== 1) throw new Error(`expected one article, got ${articles.length}`);
  return articles[0] as Article;
}

export function allParagraphs(article: Article): Paragraph[] {
  return [...article.lead, ...article.sections.flatMap((s) => s.paragraphs)];
}

export function allRuns(article: Article): Run[] {
  return allParagraphs(article).flatMap((p) => [...p.runs]);
}

/** Every text the article shows: title, headings and paragraphs. */
export function allText(article: Article): string {
  return [article.title, ...article.sections.map((s) => s.heading), ...allParagraphs(article).map(paragraphText)].join('\n');
}

export function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map(paragraphText);
}

export function links(article: Article): { text: string; link: string }[] {
  return allRuns(article).flatMap((run) => ('link' in run ? [{ text: run.text, link: run.link }] : []));
}

/** A minimal desktop page around some content markup. */
export function desktopPage(content: string, options: { title?: string; lang?: string } = {}): string {
  const title = options.title ?? 'หน้าทดสอบ';
  const lang = options.lang === undefined ? '' : ` lang="${options.lang}"`;
  return `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"><title>${title} - วิกิพีเดีย</title></head><body>
<h1 id="firstHeading">${title}</h1>
<div id="mw-content-text"><div class="mw-parser-output">${content}</div></div></body></html>`;
}
