/** Bookmarks as Markdown to read: grouped by article, then section, in reading order, in the reader's language. */
import type { ResolvedBookmark } from '../../../common/bookmarks';
import type { Translate } from '../../i18n/translate';
import { inlineText, textLines } from './markdownText';

export function toMarkdown(bookmarks: readonly ResolvedBookmark[], t: Translate): string {
  const missing = t('bookmarkMissing');
  const lines: string[] = [`# ${t('markdownTitle')}`, ''];
  let article: string | undefined;
  let section: string | undefined;
  for (const bookmark of bookmarks) {
    if (bookmark.anchor.articleId !== article) {
      const title = inlineText(bookmark.articleTitle);
      lines.push(bookmark.articleMissing ? `## ${title} (${t('bookmarkArticleNotInLibrary')})` : `## ${title}`, '');
      article = bookmark.anchor.articleId;
      section = undefined;
    }
    const heading = bookmark.sectionHeading ?? missing;
    if (heading !== section) {
      lines.push(`### ${inlineText(heading)}`, '');
      section = heading;
    }
    lines.push(...item(bookmark, missing), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One bookmark as a list item: its label and date, then its quote and its note, indented into the item. */
function item(bookmark: ResolvedBookmark, missing: string): string[] {
  const label = inlineText(bookmark.label);
  // An empty label would leave "****", a thematic break.
  const name = label === '' ? '' : `**${label}**`;
  const gone = bookmark.status === 'missing' ? `(${missing})` : '';
  const title = [name, gone, `— ${bookmark.createdAt.slice(0, 10)}`].filter((part) => part !== '').join(' ');
  const lines = [`- ${title}`];
  const quote = bookmark.anchor.quote?.text;
  if (quote) lines.push(...textLines(quote).map((line) => `  > ${line}`.trimEnd()));
  if (bookmark.note !== '') {
    // A blank line first: a note line right after the quote would continue it.
    if (quote) lines.push('');
    lines.push(...textLines(bookmark.note).map((line) => (line === '' ? '' : `  ${line}`)));
  }
  return lines;
}
