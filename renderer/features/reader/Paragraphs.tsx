import type { Paragraph as ParagraphModel } from '../../../common/article';
import type { TextMatch } from '../../../common/search';
import { useT } from '../../i18n/useT';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { placeKey } from '../bookmarks/places';
import type { ArticleBookmarks } from '../bookmarks/useBookmarkCommands';
import { marksIn } from '../search/highlight';
import { Paragraph } from './Paragraph';

/** The paragraphs of a section (or the lead), each with its search marks, bookmark marks and bookmark button. */
export function Paragraphs({
  sectionId,
  heading,
  paragraphs,
  matches,
  current,
  bookmarks,
}: {
  sectionId: string;
  /** The section's heading (the article title for the lead), for the buttons' labels. */
  heading: string;
  paragraphs: readonly ParagraphModel[];
  matches: readonly TextMatch[];
  current: number;
  bookmarks: ArticleBookmarks;
}) {
  const t = useT();
  const { places } = bookmarks;
  return paragraphs.map((paragraph, index) => {
    const key = placeKey(sectionId, index);
    const bookmarked = places.paragraphs.has(key);
    return (
      <Paragraph
        // Paragraphs have no identity beyond their position, and an article never changes in place.
        key={index}
        paragraph={paragraph}
        sectionId={sectionId}
        index={index}
        marks={marksIn(matches, index)}
        currentMatch={current}
        passages={places.passages.get(key)}
        bookmarked={bookmarked}
        action={
          <BookmarkToggle
            className="bookmark-toggle--paragraph"
            label={t('bookmarkParagraph', { number: index + 1, heading })}
            pressed={bookmarked}
            onToggle={() => bookmarks.toggleParagraph(sectionId, index)}
          />
        }
      />
    );
  });
}
