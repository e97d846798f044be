/**
 * Links between articles: which titles an article links to, asking the
 * library which of them it holds, and how each link run then shows.
 */
import type { Article, Paragraph } from '../../../common/article';
import { limits } from '../../../common/limits';

/** What the library answered: the article each title names, or null where it has none. */
export type LinkTargets = ReadonlyMap<string, string | null>;

/**
 * The title a link names, as the library is asked about it: without its
 * `#fragment` and surrounding spaces. Null for a link within its own page
 * ("#History"), which names no article.
 */
export function linkTitle(link: string): string | null {
  const hash = link.indexOf('#');
  const title = (hash === -1 ? link : link.slice(0, hash)).trim();
  return title === '' ? null : title;
}

/** Each title the article's links name, once, in the order they first appear. */
export function linkTitlesOf(article: Article): string[] {
  const titles = new Set<string>();
  const collect = (paragraphs: readonly Paragraph[]) => {
    for (const paragraph of paragraphs) {
      for (const run of paragraph.runs) {
        const title = 'link' in run ? linkTitle(run.link) : null;
        // Longer than any wiki title: it names nothing, and the contract would refuse the whole call.
        if (title !== null && title.length <= limits.title) titles.add(title);
      }
    }
  };
  collect(article.lead);
  for (const section of article.sections) collect(section.paragraphs);
  return [...titles];
}

/**
 * Asks `resolve` (the API's resolveTitles) about `titles`, in as few calls as
 * the contract allows, and answers each title's article. Rejects when an
 * answer does not match its question.
 */
export async function resolveLinkTargets(
  resolve: (titles: string[]) => Promise<readonly (string | null)[]>,
  titles: readonly string[],
): Promise<LinkTargets> {
  const chunks: string[][] = [];
  for (let start = 0; start < titles.length; start += limits.titlesPerCall) {
    chunks.push(titles.slice(start, start + limits.titlesPerCall));
  }
  const answers = await Promise.all(chunks.map((chunk) => resolve(chunk)));
  const targets = new Map<string, string | null>();
  chunks.forEach((chunk, index) => {
    const ids = answers[index]!;
    if (ids.length !== chunk.length) throw new Error(`resolveTitles answered ${ids.length} ids for ${chunk.length} titles`);
    chunk.forEach((title, at) => targets.set(title, ids[at]!));
  });
  return targets;
}

/**
 * How a link run shows: as a link to an article of the library, as a link
 * the library has no article for, or as plain text — a link within its own
 * page, or while the library has not answered (`targets` null or silent).
 */
export type LinkView =
  | { readonly kind: 'article'; readonly articleId: string; readonly title: string }
  | { readonly kind: 'missing'; readonly title: string }
  | { readonly kind: 'text' };

export function linkView(link: string, targets: LinkTargets | null): LinkView {
  const title = linkTitle(link);
  if (title === null) return { kind: 'text' };
  if (title.length > limits.title) return { kind: 'missing', title };
  const target = targets?.get(title);
  if (target === undefined) return { kind: 'text' };
  return target === null ? { kind: 'missing', title } : { kind: 'article', articleId: target, title };
}
