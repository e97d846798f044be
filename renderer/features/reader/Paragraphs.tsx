import { Fragment, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Paragraph as ParagraphModel } from '../../../common/article';
import type { TextMatch } from '../../../common/search';
import { useT } from '../../i18n/useT';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { placeKey } from '../bookmarks/places';
import type { ArticleBookmarks } from '../bookmarks/useBookmarkCommands';
import { marksIn } from '../search/highlight';
import { paragraphBlocks, type ListBlock } from './blocks';
import { Paragraph } from './Paragraph';

/**
 * The paragraphs of a section (or the lead), each with its search marks,
 * bookmark marks and bookmark button; runs of list items as nested lists.
 * An item is a paragraph like any other, addressed by its index in the section.
 */
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
  const blocks = useMemo(() => paragraphBlocks(paragraphs), [paragraphs]);

  const paragraphAt = (index: number) => {
    const key = placeKey(sectionId, index);
    const bookmarked = places.paragraphs.has(key);
    return (
      <Paragraph
        paragraph={paragraphs[index]!}
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
  };

  // Blocks, items and lists have no identity beyond their position (the first paragraph they hold), and an article never changes in place.
  return blocks.map((block) =>
    block.kind === 'paragraph' ? (
      <Fragment key={block.index}>{paragraphAt(block.index)}</Fragment>
    ) : (
      <ListView key={block.list.items[0]!.index} list={block.list} level={1} paragraphAt={paragraphAt} />
    ),
  );
}

/** A list and the lists nested in its items; `level` (1 = top) places the items' bookmark buttons in the article's gutter. */
function ListView({ list, level, paragraphAt }: { list: ListBlock; level: number; paragraphAt: (index: number) => ReactNode }) {
  const List = list.ordered ? 'ol' : 'ul';
  return (
    <List className="article__list" style={{ '--list-level': level } as CSSProperties}>
      {list.items.map((item) => (
        <li key={item.index} className="article__list-item">
          {paragraphAt(item.index)}
          {item.lists.map((nested) => (
            <ListView key={nested.items[0]!.index} list={nested} level={level + 1} paragraphAt={paragraphAt} />
          ))}
        </li>
      ))}
    </List>
  );
}
