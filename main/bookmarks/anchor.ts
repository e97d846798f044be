/**
 * Anchoring: what a bookmark stores about where it points, and finding that
 * place again in the article as it is now. A bookmark whose section or
 * paragraph moved is found again by its text; one whose text is gone is
 * reported missing, never dropped.
 */
import type { Article } from '../../common/article.js';
import type { AnchorStatus, BookmarkAnchor, BookmarkTarget, NewBookmark } from '../../common/bookmarks.js';
import { ApiError } from '../../common/envelope.js';
import { quote } from '../../common/refusal.js';
import { sectionDocuments, type SectionDocument } from '../library/sections.js';

/** How much text around a passage, and of a paragraph's opening, is kept to find it again. */
const quoteContext = 32;
const contextLength = 80;

/**
 * The anchor of a new bookmark, read from the article; a place that does not
 * exist is a bad request, whose message names the field of `argument` (what
 * the API calls the input) that is wrong.
 */
export function makeAnchor(article: Article, input: NewBookmark, argument = 'bookmark'): BookmarkAnchor {
  const section = sectionDocuments(article).find((s) => s.sectionId === input.sectionId);
  if (!section) {
    throw new ApiError('bad-request', `${argument}.sectionId ${quote(input.sectionId)} names no section of the article ${quote(article.id)}`);
  }
  const base = { articleId: article.id, sectionId: section.sectionId };
  if (input.paragraph === null) {
    if (input.range !== null) throw new ApiError('bad-request', `${argument}.range needs ${argument}.paragraph: a passage lies in one paragraph`);
    return { ...base, paragraph: null, quote: null, context: opening(section.paragraphs[0] ?? section.heading) };
  }
  const text = section.paragraphs[input.paragraph];
  if (text === undefined) {
    throw new ApiError('bad-request', `${argument}.paragraph ${input.paragraph} names no paragraph of the section ${quote(section.sectionId)}`);
  }
  const anchor = { ...base, paragraph: input.paragraph, context: opening(text) };
  if (input.range === null) return { ...anchor, quote: null };
  const { start, end } = input.range;
  if (start >= end || end > text.length || text.slice(start, end).trim() === '') {
    throw new ApiError('bad-request', `${argument}.range ${start}–${end} is not a passage of paragraph ${input.paragraph}`);
  }
  return {
    ...anchor,
    quote: {
      text: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - quoteContext), start),
      suffix: text.slice(end, end + quoteContext),
    },
  };
}

function opening(text: string): string {
  return text.slice(0, contextLength);
}

export interface Resolution {
  readonly status: AnchorStatus;
  readonly target: BookmarkTarget | null;
  /** The section it points to now, for labels and ordering. */
  readonly section: SectionDocument | null;
  /** The section's place in the article (0 = the lead or first section), for ordering. */
  readonly sectionIndex: number;
}

const missing: Resolution = { status: 'missing', target: null, section: null, sectionIndex: Number.MAX_SAFE_INTEGER };

/** Finds an anchor's place in the article as it is now (undefined: the article is gone). */
export function resolveAnchor(article: Article | undefined, anchor: BookmarkAnchor): Resolution {
  if (!article) return missing;
  const sections = sectionDocuments(article);
  const sameIndex = sections.findIndex((s) => s.sectionId === anchor.sectionId);
  // Look where it was first, then everywhere else in document order.
  const order = sameIndex === -1 ? sections.map((_, i) => i) : [sameIndex, ...sections.map((_, i) => i).filter((i) => i !== sameIndex)];
  const found = (i: number, paragraph: number | null, range: [number, number] | null, moved: boolean): Resolution => {
    const section = sections[i] as SectionDocument;
    return {
      status: moved ? 'moved' : 'ok',
      target: { sectionId: section.sectionId, paragraph, start: range?.[0] ?? null, end: range?.[1] ?? null },
      section,
      sectionIndex: i,
    };
  };

  if (anchor.quote !== null) {
    const quote = anchor.quote;
    for (const i of order) {
      const paragraphs = (sections[i] as SectionDocument).paragraphs;
      const first = i === sameIndex && anchor.paragraph !== null ? [anchor.paragraph] : [];
      for (const p of [...first, ...paragraphs.keys()]) {
        const at = bestOccurrence(paragraphs[p] ?? '', quote);
        if (at !== -1) return found(i, p, [at, at + quote.text.length], i !== sameIndex || p !== anchor.paragraph);
      }
    }
    return missing;
  }

  if (anchor.paragraph !== null) {
    const here = sameIndex === -1 ? undefined : sections[sameIndex]?.paragraphs[anchor.paragraph];
    if (here !== undefined && here.startsWith(anchor.context)) return found(sameIndex, anchor.paragraph, null, false);
    for (const i of order) {
      const p = (sections[i] as SectionDocument).paragraphs.findIndex((text) => text.startsWith(anchor.context));
      if (p !== -1) return found(i, p, null, true);
    }
    // The paragraph was rewritten: its section is the nearest place left.
    return sameIndex === -1 ? missing : found(sameIndex, null, null, true);
  }

  if (sameIndex !== -1) return found(sameIndex, null, null, false);
  // The heading was renamed: the section is found by its opening text.
  const renamed = sections.findIndex((s) => (s.paragraphs[0] ?? s.heading).startsWith(anchor.context));
  return renamed === -1 ? missing : found(renamed, null, null, true);
}

/** Where the quote stands in the text, preferring the occurrence whose surroundings match best; -1 if absent. */
function bestOccurrence(text: string, quote: { text: string; prefix: string; suffix: string }): number {
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(quote.text); at !== -1; at = text.indexOf(quote.text, at + 1)) {
    const score =
      sharedSuffix(text.slice(0, at), quote.prefix) + sharedPrefix(text.slice(at + quote.text.length), quote.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
