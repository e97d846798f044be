/** Bookmarks as Markdown to read: grouped by article, then section, in reading order, in the reader's language. */
import type { ResolvedBookmark } from '../../../common/bookmarks';
import type { Translate } from '../../i18n/translate';

export function toMarkdown(bookmarks: readonly ResolvedBookmark[], t: Translate): string {
  const missing = t('bookmarkMissing');
  const lines: string[] = [`# ${t('markdownTitle')}`, ''];
  let article: string | undefined;
  let section: string | undefined;
  for (const bookmark of bookmarks) {
    const articleTitle = bookmark.articleTitle ?? bookmark.anchor.articleId;
    if (articleTitle !== article) {
      lines.push(`## ${escape(articleTitle)}`, '');
      article = articleTitle;
      section = undefined;
    }
    const heading = bookmark.sectionHeading ?? missing;
    if (heading !== section) {
      lines.push(`### ${escape(heading)}`, '');
      section = heading;
    }
    const gone = bookmark.status === 'missing' ? ` (${missing})` : '';
    lines.push(`- **${escape(bookmark.label)}**${gone} — ${bookmark.createdAt.slice(0, 10)}`);
    if (bookmark.anchor.quote) lines.push(`  > ${escape(bookmark.anchor.quote.text)}`);
    if (bookmark.note !== '') lines.push(...bookmark.note.split('\n').map((line) => `  ${escape(line)}`));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}
