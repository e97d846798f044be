/**
 * How an article is kept in the database: the model as JSON, compressed
 * (Thai text in UTF-8 shrinks about four times), plus each section's text
 * plain, for search. The hash is of the model, so a re-import of the same
 * page is seen to change nothing.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { articleSchema, type Article } from '../../common/article.js';
import { sectionDocuments } from './sections.js';

export function encodeBody(article: Article): { body: Uint8Array; hash: string } {
  const json = JSON.stringify(article);
  return { body: deflateRawSync(json, { level: 6 }), hash: createHash('sha256').update(json).digest('base64url').slice(0, 22) };
}

/** The stored model; a body that does not decode or fit the model throws (the caller names the article). */
export function decodeBody(body: Uint8Array): Article {
  return articleSchema.parse(JSON.parse(inflateRawSync(body).toString('utf8')));
}

export interface SectionText {
  readonly id: string;
  readonly heading: string;
  /** The section's paragraphs' text, one per line, citations left out. */
  readonly text: string;
}

/** The lead (as "lead") and each section, with its text as search reads it. */
export function sectionTexts(article: Article): SectionText[] {
  return sectionDocuments(article).map(({ sectionId, heading, paragraphs }) => ({ id: sectionId, heading, text: paragraphs.join('\n') }));
}

/** Bytes of the article's text in UTF-8: headings and paragraphs, as a reader sees them. */
export function textSize(sections: readonly SectionText[]): number {
  return sections.reduce((sum, { heading, text }) => sum + Buffer.byteLength(heading) + Buffer.byteLength(text), 0);
}
