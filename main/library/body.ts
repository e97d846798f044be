/**
 * How an article is kept in the database: its text once, plain, one row per
 * section (what search reads), and its structure — runs, links, citations,
 * list items, levels — as a small compressed skeleton that refers to that
 * text by length. Storing the model whole beside the text would keep every
 * character twice. The hash is of the whole model, so a re-import of the
 * same page is seen to change nothing.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { articleSchema, type Article, type ListItem, type Paragraph, type Run, type Section } from '../../common/article.js';
import { sectionDocuments } from './sections.js';

/** One section as stored: the lead first (as "lead", headed by the title) when the article has one. */
export interface SectionText {
  readonly id: string;
  readonly heading: string;
  /** The section's paragraphs' text, one per line, citations left out. */
  readonly text: string;
}

/** A run with its text replaced by the text's length. */
type SkeletonRun = number | { readonly l: number; readonly link: string } | { readonly cite: string } | { readonly citationNeeded: true };
interface SkeletonParagraph {
  readonly r: readonly SkeletonRun[];
  readonly item?: ListItem;
}
interface Skeleton {
  readonly lang: string;
  readonly hasReferenceList: boolean;
  readonly hasLead: boolean;
  /** Per stored section, in order: its level (0 for the lead) and its paragraphs. */
  readonly parts: readonly { readonly level: number; readonly p: readonly SkeletonParagraph[] }[];
}

export interface EncodedArticle {
  readonly body: Uint8Array;
  readonly hash: string;
  readonly sections: readonly SectionText[];
}

export function encodeArticle(article: Article): EncodedArticle {
  const hash = createHash('sha256').update(JSON.stringify(article)).digest('base64url').slice(0, 22);
  const sections = sectionDocuments(article).map(({ sectionId, heading, paragraphs }) => ({ id: sectionId, heading, text: paragraphs.join('\n') }));
  const hasLead = article.lead.length > 0;
  const skeleton: Skeleton = {
    lang: article.lang,
    hasReferenceList: article.hasReferenceList,
    hasLead,
    parts: [...(hasLead ? [{ level: 0, p: article.lead.map(skeletonOf) }] : []), ...article.sections.map((s) => ({ level: s.level, p: s.paragraphs.map(skeletonOf) }))],
  };
  return { body: deflateRawSync(JSON.stringify(skeleton)), hash, sections };
}

/** The article again, from its row and its sections; anything that does not fit the model throws. */
export function decodeArticle(row: { id: string; title: string; body: Uint8Array }, sections: readonly SectionText[]): Article {
  const skeleton = JSON.parse(inflateRawSync(row.body).toString('utf8')) as Skeleton;
  if (skeleton.parts.length !== sections.length) throw new Error(`the article has ${skeleton.parts.length} parts but ${sections.length} sections`);
  const parts = skeleton.parts.map((part, i) => paragraphsOf(part.p, (sections[i] as SectionText).text));
  const rest = skeleton.hasLead ? parts.slice(1) : parts;
  const article: Article = {
    id: row.id,
    title: row.title,
    lang: skeleton.lang,
    lead: skeleton.hasLead ? (parts[0] as Paragraph[]) : [],
    sections: rest.map((paragraphs, i): Section => {
      const stored = sections[i + (skeleton.hasLead ? 1 : 0)] as SectionText;
      const level = skeleton.parts[i + (skeleton.hasLead ? 1 : 0)]?.level as Section['level'];
      return { id: stored.id, heading: stored.heading, level, paragraphs };
    }),
    hasReferenceList: skeleton.hasReferenceList,
  };
  return articleSchema.parse(article);
}

/** Bytes of the article's text in UTF-8: headings and paragraphs, as a reader sees them. */
export function textSize(sections: readonly SectionText[]): number {
  return sections.reduce((sum, { heading, text }) => sum + Buffer.byteLength(heading) + Buffer.byteLength(text), 0);
}

function skeletonOf(paragraph: Paragraph): SkeletonParagraph {
  const r = paragraph.runs.map((run): SkeletonRun => {
    if ('link' in run) return { l: run.text.length, link: run.link };
    if ('text' in run) return run.text.length;
    return run;
  });
  return paragraph.item ? { r, item: paragraph.item } : { r };
}

/** Cuts a section's text back into its paragraphs' runs (paragraphs are one line each, so one character apart). */
function paragraphsOf(skeletons: readonly SkeletonParagraph[], text: string): Paragraph[] {
  let at = 0;
  return skeletons.map((skeleton, i) => {
    if (i > 0) at++;
    const runs = skeleton.r.map((run): Run => {
      if (typeof run === 'number') return { text: text.slice(at, (at += run)) };
      if ('l' in run) return { text: text.slice(at, (at += run.l)), link: run.link };
      return run;
    });
    return skeleton.item ? { runs, item: skeleton.item } : { runs };
  });
}
