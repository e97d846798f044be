/** The library listed newest first, by the pages listArticles answers (which counts from the oldest). */

/** One listArticles call: `limit` articles from `offset`, in library order (oldest first). */
export interface ArticleRange {
  readonly offset: number;
  readonly limit: number;
}

/**
 * The calls that answer the newest-first articles `skip` to `skip + count`
 * of a library of `total`, newest stretch first, none longer than `perCall`.
 * Each call's articles, reversed, continue the list in order.
 */
export function newestFirstRanges(total: number, skip: number, count: number, perCall: number): ArticleRange[] {
  const ranges: ArticleRange[] = [];
  let end = Math.max(0, total - skip);
  const start = Math.max(0, end - count);
  while (end > start) {
    const offset = Math.max(start, end - perCall);
    ranges.push({ offset, limit: end - offset });
    end = offset;
  }
  return ranges;
}
